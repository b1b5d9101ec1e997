using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Functions.Http.Edge;

/// <summary>
/// The id that ties a response to its log lines. A caller's own id is kept when it is safe to echo (the bot passes
/// its own to the portal); otherwise the trace id is used, so it also matches Application Insights' operation id.
/// </summary>
public static partial class CorrelationId
{
    public const string HeaderName = "X-Correlation-ID";
    private const string ItemKey = "functions.http.correlationId";

    public static string Establish(HttpContext http)
    {
        var incoming = http.Request.Headers[HeaderName].ToString();
        var id = SafeId().IsMatch(incoming)
            ? incoming
            : Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
        http.Items[ItemKey] = id;
        http.Response.Headers[HeaderName] = id;
        return id;
    }

    /// <summary>The id <see cref="Establish"/> gave this call; null before the edge ran.</summary>
    public static string? Of(HttpContext http) => http.Items.TryGetValue(ItemKey, out var id) ? id as string : null;

    [GeneratedRegex("^[A-Za-z0-9._-]{8,64}$")]
    private static partial Regex SafeId();
}
