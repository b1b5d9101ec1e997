namespace Bot.Channels.Line.Hosting;

/// <summary>
/// The LINE channel's settings (section <c>Bot:Line</c>). The secret and the token come from app settings / Key Vault,
/// never from the repository; the base URL is configuration so tests point the client at a local fake API.
/// </summary>
public sealed class LineOptions
{
    public const string Section = "Bot:Line";

    /// <summary>The channel secret: the HMAC key of <c>X-Line-Signature</c>.</summary>
    public string ChannelSecret { get; set; } = "";

    /// <summary>The long-lived channel access token sent as <c>Authorization: Bearer</c>.</summary>
    public string ChannelAccessToken { get; set; } = "";

    public Uri ApiBaseUrl { get; set; } = new("https://api.line.me");

    /// <summary>Retries of a 429/5xx answer or a network failure, with exponential backoff from <see cref="RetryBaseDelay"/>.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One attempt's time limit: a reply token is short-lived, so a hung call must not eat it.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The channel's multicast limit in requests per second, across every bot instance (LINE counts per channel; 200
    /// in its reference table). Each instance takes <see cref="MulticastPerSecond"/> / <see cref="Instances"/>.
    /// </summary>
    public double MulticastPerSecond { get; set; } = 200;

    /// <summary>How many bot instances share the channel's limit: <c>Bot:Instances</c>, the host's scale-out cap.</summary>
    public int Instances { get; set; } = 1;
}
