namespace Bot.Functions.Http;

/// <summary>A request the bot refuses at its edge; answered as problem+json with these (Japanese) words.</summary>
public sealed class BotHttpException(int status, string title, string? detail = null) : Exception(title)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;
}
