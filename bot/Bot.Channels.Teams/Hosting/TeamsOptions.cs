namespace Bot.Channels.Teams.Hosting;

/// <summary>
/// <c>Bot:Teams:*</c>. The secret (<c>AppPassword</c>) comes from app settings / Key Vault, never the repository.
/// Every base URL is configuration so tests can point the channel at a local fake Bot Connector.
/// </summary>
public sealed class TeamsOptions
{
    public const string Section = "Bot:Teams";

    /// <summary>The bot's Microsoft app id: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The app's client secret, for the outbound token.</summary>
    public string AppPassword { get; set; } = "";

    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>Where outbound tokens come from: the bot's tenant for a single-tenant bot.</summary>
    public Uri Authority { get; set; } = new("https://login.microsoftonline.com/botframework.com");

    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Clock skew allowed on inbound token lifetimes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>First retry delay of outbound calls (exponential backoff with jitter after it).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxRetries { get; set; } = 3;
}
