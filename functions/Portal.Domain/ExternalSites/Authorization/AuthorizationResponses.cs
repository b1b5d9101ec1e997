namespace Portal.Domain.ExternalSites.Authorization;

/// <summary>
/// The redirect back to the site (RFC 6749 §4.1.2 and §4.1.2.1) with <c>iss</c> (RFC 9207), to the redirect URI the
/// pushed request named, which was matched exactly against the registered ones: never any other URI.
/// </summary>
public static class AuthorizationResponses
{
    public static string Code(AuthorizationTransaction transaction, string code, string issuer) =>
        With(transaction.RedirectUri, [("code", code), ("state", transaction.RequestState), ("iss", issuer)]);

    public static string AccessDenied(AuthorizationTransaction transaction, string issuer) =>
        With(transaction.RedirectUri, [("error", "access_denied"), ("state", transaction.RequestState), ("iss", issuer)]);

    private static string With(string redirectUri, IEnumerable<(string Name, string? Value)> parameters)
    {
        var query = string.Join('&', parameters.Where(p => p.Value is not null)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}"));
        // RFC 6749 §3.1.2: a registered URI's own query is kept.
        return redirectUri + (redirectUri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
    }
}
