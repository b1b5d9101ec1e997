using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Tokens;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// The cookie that ties an authorization transaction to the browser that opened the site's link: random, HttpOnly,
/// SameSite=Lax (the site's top-level redirect carries it, another site's form POST does not), Path=/ and, on https,
/// Secure with the <c>__Host-</c> prefix (no subdomain can set or shadow it). A local run on plain http cannot keep a
/// Secure cookie, so there — and only when the issuer is http — it is named without the prefix and not Secure.
/// </summary>
public sealed class AuthorizationCookie(IOptions<TokenOptions> tokenOptions)
{
    public const string SecureName = "__Host-portal-authorization";

    public const string LocalName = "portal-authorization";

    private bool Secure => tokenOptions.Value.Issuer.Scheme == Uri.UriSchemeHttps;

    public string Name => Secure ? SecureName : LocalName;

    public string? Read(HttpRequest request) => request.Cookies.TryGetValue(Name, out var value) ? value : null;

    public void Write(HttpResponse response, string secret) => response.Cookies.Append(Name, secret, new CookieOptions
    {
        HttpOnly = true, Secure = Secure, SameSite = SameSiteMode.Lax, Path = "/",
        // A session cookie: the transaction behind it lives 10 minutes anyway.
    });
}
