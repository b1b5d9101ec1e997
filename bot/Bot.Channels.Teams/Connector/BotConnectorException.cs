namespace Bot.Channels.Teams.Connector;

/// <summary>The Bot Connector refused an activity (after retries for 429/5xx). Carries the status only, no content.</summary>
public sealed class BotConnectorException(int statusCode)
    : Exception($"The Bot Connector answered {statusCode}.")
{
    public int StatusCode { get; } = statusCode;
}
