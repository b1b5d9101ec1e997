namespace Bot.Functions.Forms;

/// <summary>What the web form page accepts (section <c>Bot:Http</c>, beside the shared edge's body limits).</summary>
public sealed class FormPageLimits
{
    public const string Section = "Bot:Http";

    /// <summary>Largest file the web form page forwards to the portal (the portal's own limit); beyond it the answer is 400.</summary>
    public long MaxAttachmentBytes { get; set; } = 10L * 1024 * 1024;
}
