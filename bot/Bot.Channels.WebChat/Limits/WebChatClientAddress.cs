using System.Net;
using Microsoft.AspNetCore.Http;

namespace Bot.Channels.WebChat.Limits;

/// <summary>
/// The address the web chat's limits count by: the connection's remote address, or (only when trusted) an entry of
/// <c>X-Forwarded-For</c>. The same reading as the portal's edge, on the bot's own settings.
/// </summary>
public static class WebChatClientAddress
{
    public const string ForwardedForHeader = "X-Forwarded-For";

    /// <summary>No address known (an in-process test server): all such callers share one partition.</summary>
    public const string Unknown = "unknown";

    public static string Of(HttpContext http, WebChatRateLimits limits)
    {
        if (limits.TrustForwardedFor
            && FromForwardedFor(http.Request.Headers[ForwardedForHeader].ToString(), limits.ForwardedForDepth) is { } forwarded)
        {
            return forwarded;
        }
        return http.Connection.RemoteIpAddress is { } remote ? Canonical(remote) : Unknown;
    }

    /// <summary>The entry <paramref name="depth"/> from the right; null when there is none or it is not an address.</summary>
    public static string? FromForwardedFor(string header, int depth)
    {
        var entries = header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (depth < 1 || entries.Length < depth)
        {
            return null;
        }
        return Parse(entries[^depth]) is { } address ? Canonical(address) : null;
    }

    /// <summary>"1.2.3.4", "1.2.3.4:5678" (App Service adds the port), "[::1]:5678" or "::1".</summary>
    private static IPAddress? Parse(string entry) =>
        IPAddress.TryParse(entry, out var address) ? address
        : IPEndPoint.TryParse(entry, out var endPoint) ? endPoint.Address
        : null;

    private static string Canonical(IPAddress address) =>
        (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
