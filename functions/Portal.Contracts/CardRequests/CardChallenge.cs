using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Portal.Contracts.CardRequests;

/// <summary>
/// The bytes a card signs with its authentication key (version 1): for a login, and beside the signature of an
/// electronic application. UTF-8, no BOM, one <c>key=value</c> line per field in this fixed order, each line ended by
/// a single LF (also the last):
/// <code>
/// mynaportal-card-request/1
/// purpose=login|sign
/// request=&lt;request id&gt;
/// audience=&lt;the portal's origin, e.g. https://portal.example&gt;
/// nonce=&lt;base64url nonce&gt;
/// expires=&lt;yyyy-MM-ddTHH:mm:ssZ, UTC&gt;
/// </code>
/// No value may be empty or hold a control character (so none can contain a line break and forge another line); the
/// first line names the format, so a later version cannot be mistaken for this one. The portal builds it; the signer
/// parses it before the card signs and checks it against the link it opened, so a look-alike site that relays a real
/// challenge is caught (its origin is not the audience) and a signature is useless for anything else.
/// </summary>
public sealed record CardChallenge(string Purpose, string RequestId, string Audience, string Nonce, DateTimeOffset ExpiresAt)
{
    public const string Version = "mynaportal-card-request/1";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private static readonly string[] Keys = ["purpose", "request", "audience", "nonce", "expires"];

    public byte[] ToBytes()
    {
        var text = new StringBuilder()
            .Append(Version).Append('\n')
            .Append(Line("purpose", Purpose))
            .Append(Line("request", RequestId))
            .Append(Line("audience", Audience))
            .Append(Line("nonce", Nonce))
            .Append(Line("expires", ExpiresAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)))
            .ToString();
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Reads exactly this format back; anything else (another version, a missing, extra or reordered line) is false.</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out CardChallenge? challenge)
    {
        challenge = null;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        if (!text.EndsWith('\n'))
        {
            return false;
        }
        var lines = text[..^1].Split('\n');
        if (lines.Length != Keys.Length + 1 || lines[0] != Version)
        {
            return false;
        }
        var values = new string[Keys.Length];
        for (var i = 0; i < Keys.Length; i++)
        {
            var prefix = Keys[i] + "=";
            var value = lines[i + 1].StartsWith(prefix, StringComparison.Ordinal) ? lines[i + 1][prefix.Length..] : "";
            if (value.Length == 0 || value.Any(char.IsControl))
            {
                return false;
            }
            values[i] = value;
        }
        if (!DateTimeOffset.TryParseExact(values[4], TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var expires))
        {
            return false;
        }
        challenge = new CardChallenge(values[0], values[1], values[2], values[3], expires);
        return true;
    }

    private static string Line(string key, string value)
    {
        if (string.IsNullOrEmpty(value) || value.Any(char.IsControl))
        {
            throw new ArgumentException($"The {key} of a card challenge must be non-empty and hold no control character.", key);
        }
        return $"{key}={value}\n";
    }
}
