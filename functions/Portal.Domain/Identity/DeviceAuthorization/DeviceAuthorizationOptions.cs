namespace Portal.Domain.Identity.DeviceAuthorization;

/// <summary>Configuration section <c>Identity:DeviceAuthorization</c>.</summary>
public sealed class DeviceAuthorizationOptions
{
    public const string Section = "Identity:DeviceAuthorization";

    /// <summary>
    /// How long the device code lives. Capped by the login card request it makes (at most 5 minutes): after that
    /// the card cannot answer, so a longer code would only be polled in vain.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The minimum polling interval handed to clients (RFC 8628 default: 5 seconds).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Who the signer says is asking, before the PIN.</summary>
    public string SignerClientName { get; set; } = "マイナポータル";
}
