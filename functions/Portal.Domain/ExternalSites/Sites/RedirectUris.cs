using System.Net;

namespace Portal.Domain.ExternalSites.Sites;

/// <summary>
/// What a site's redirect URI may be (FAPI 2.0 §5.3.2.2 asks for https; RFC 8252 §7.3 and OAuth 2.1 allow http to a
/// loopback host, which the local demo site uses): absolute, no fragment (RFC 6749 §3.1.2), no user info. Requests
/// match it exactly, character for character, so it is compared as registered and never normalised.
/// </summary>
public static class RedirectUris
{
    public const int MaxLength = 512;

    public static bool IsAcceptable(string? text)
    {
        if (text is null || text.Length > MaxLength || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return false;
        }
        if (text.Contains('#', StringComparison.Ordinal) || uri.UserInfo.Length > 0 || text.Any(char.IsWhiteSpace))
        {
            return false;
        }
        return uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));
    }

    /// <summary>localhost or a loopback address: nobody else can listen there.</summary>
    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
