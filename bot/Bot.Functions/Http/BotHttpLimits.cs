namespace Bot.Functions.Http;

/// <summary>Request size limits of the bot's endpoints (section <c>Bot:Http</c>).</summary>
public sealed class BotHttpLimits
{
    public const string Section = "Bot:Http";

    /// <summary>Largest JSON body accepted (a chat message is short); beyond it the answer is 413.</summary>
    public long MaxJsonBodyBytes { get; set; } = 16 * 1024;

    /// <summary>Largest file the web form page forwards to the portal (the portal's own limit); beyond it the answer is 400.</summary>
    public long MaxAttachmentBytes { get; set; } = 10L * 1024 * 1024;
}
