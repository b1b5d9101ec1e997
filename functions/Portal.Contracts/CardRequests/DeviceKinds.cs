namespace Portal.Contracts.CardRequests;

/// <summary>
/// The kind of device a login was started from, as the client declares it (<c>device_kind</c> on the device
/// authorization request). The signer, the session list and the new-login notice show it in words, so a resident can
/// tell a login they started from one someone else started.
/// </summary>
public static class DeviceKinds
{
    /// <summary>A LINE chat with the portal's bot.</summary>
    public const string Line = "line";

    /// <summary>A Microsoft Teams chat with the portal's bot.</summary>
    public const string Teams = "teams";

    /// <summary>The portal's web chat in a browser.</summary>
    public const string WebChat = "webchat";

    /// <summary>Anything else, and what a client that does not say gets.</summary>
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Line, Teams, WebChat, Other];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);
}
