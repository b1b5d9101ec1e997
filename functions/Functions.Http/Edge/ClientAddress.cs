using System.Net;
using Microsoft.AspNetCore.Http;

namespace Functions.Http.Edge;

/// <summary>
/// The address a limit counts by, for both apps' edges: the connection's remote address, or (only when trusted) an
/// entry of <c>X-Forwarded-For</c>. On the Functions host the worker's connection comes from the host, so in Azure the
/// forwarded address is the only one that tells clients apart: each app's limits say whether to trust it.
/// </summary>
public static class ClientAddress
{
    public const string ForwardedForHeader = "X-Forwarded-For";

    /// <summary>No address known (an in-process test server): all such callers share one partition.</summary>
    public const string Unknown = "unknown";

    /// <param name="trustForwardedFor">Whether a proxy in front sets the header (Azure's front end does).</param>
    /// <param name="forwardedForDepth">Which entry from the right the trusted proxy wrote.</param>
    public static string Of(HttpContext http, bool trustForwardedFor, int forwardedForDepth)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (trustForwardedFor && FromForwardedFor(http.Request.Headers[ForwardedForHeader].ToString(), forwardedForDepth) is { } forwarded)
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
