namespace Bot.Channels.Teams.Connector;

/// <summary>The bearer token the bot presents to the Bot Connector (client credentials, cached by the provider).</summary>
public interface IConnectorTokenProvider
{
    Task<string> GetTokenAsync(CancellationToken cancellationToken);
}
