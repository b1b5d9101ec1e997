namespace Portal.Domain.Identity.Tokens;

/// <summary>A token response (RFC 6749 §5.1, OIDC Core §3.1.3.3) before it is JSON.</summary>
/// <param name="Scope">The scopes the access token carries, space-separated.</param>
/// <param name="Subject">The account (or for an agency, the client) the tokens are for.</param>
/// <param name="RefreshToken">When the client may use the refresh_token grant.</param>
/// <param name="IdToken">When the scopes include openid.</param>
public sealed record IssuedTokens(
    string AccessToken, TimeSpan ExpiresIn, string Scope, string Subject, string? RefreshToken = null, string? IdToken = null);
