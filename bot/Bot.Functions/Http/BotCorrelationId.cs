using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Bot.Functions.Http;

/// <summary>
/// The id that ties a response to its log lines: the caller's own when it is safe to echo, otherwise the trace id
/// (Application Insights' operation id), as on the portal.
/// </summary>
public static partial class BotCorrelationId
{
    public const string HeaderName = "X-Correlation-ID";

    public static string Establish(HttpContext http)
    {
        var incoming = http.Request.Headers[HeaderName].ToString();
        var id = SafeId().IsMatch(incoming)
            ? incoming
            : Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
        http.Response.Headers[HeaderName] = id;
        return id;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{8,64}$")]
    private static partial Regex SafeId();
}
