namespace Portal.Domain.ExternalSites.Tokens;

/// <summary>A site's token response (RFC 6749 §5.1, RFC 9449 §5): a DPoP-bound access token and the ID token; no refresh token.</summary>
public sealed record SiteTokens(string AccessToken, TimeSpan ExpiresIn, string Scope, string IdToken);
