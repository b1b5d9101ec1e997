using System.Globalization;
using System.Text;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>
/// The bytes a card signs to log in (version 1). UTF-8, no BOM, one <c>key=value</c> line per field in this fixed
/// order, each line ended by a single LF (also the last):
/// <code>
/// mynaportal-card-request/1
/// purpose=login
/// request=&lt;request id&gt;
/// audience=&lt;the portal's audience&gt;
/// nonce=&lt;base64url nonce&gt;
/// expires=&lt;yyyy-MM-ddTHH:mm:ssZ, UTC&gt;
/// </code>
/// No value may be empty or hold a control character (so none can contain a line break and forge another line);
/// the first line names the format, so a later version cannot be mistaken for this one. Because it binds the
/// purpose, the request, the audience and a fresh nonce, a signature over it is useless for anything else.
/// </summary>
public static class LoginChallenge
{
    public const string Version = "mynaportal-card-request/1";

    public static byte[] Create(string requestId, string audience, string nonce, DateTimeOffset expiresAt)
    {
        var text = new StringBuilder()
            .Append(Version).Append('\n')
            .Append(Line("purpose", "login"))
            .Append(Line("request", requestId))
            .Append(Line("audience", audience))
            .Append(Line("nonce", nonce))
            .Append(Line("expires", expiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)))
            .ToString();
        return Encoding.UTF8.GetBytes(text);
    }

    private static string Line(string key, string value)
    {
        if (string.IsNullOrEmpty(value) || value.Any(char.IsControl))
        {
            throw new ArgumentException($"The {key} of a login challenge must be non-empty and hold no control character.", key);
        }
        return $"{key}={value}\n";
    }
}
