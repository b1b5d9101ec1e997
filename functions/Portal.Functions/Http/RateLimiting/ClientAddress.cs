using System.Net;
using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Http.RateLimiting;

/// <summary>
/// The address a limit counts by: the connection's remote address, or (only when trusted) an entry of
/// <c>X-Forwarded-For</c>. On the Functions host the worker's connection comes from the host, so in Azure the
/// forwarded address is the only one that tells clients apart: set <c>RateLimits:TrustForwardedFor</c> there.
/// </summary>
public static class ClientAddress
{
    public const string ForwardedForHeader = "X-Forwarded-For";

    public const string Unknown = "unknown";

    public static string Of(HttpContext http, RateLimitOptions options)
    {
        if (options.TrustForwardedFor && FromForwardedFor(http.Request.Headers[ForwardedForHeader].ToString(), options.ForwardedForDepth) is { } forwarded)
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
    private static IPAddress? Parse(string entry)
    {
        if (IPAddress.TryParse(entry, out var address))
        {
            return address;
        }
        return IPEndPoint.TryParse(entry, out var endPoint) ? endPoint.Address : null;
    }

    private static string Canonical(IPAddress address) =>
        (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
