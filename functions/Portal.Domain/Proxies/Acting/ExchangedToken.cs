namespace Portal.Domain.Proxies.Acting;

/// <summary>A token exchange's answer (RFC 8693 §2.2.1) before it is JSON: an access token, never a refresh token.</summary>
/// <param name="Scope">The delegated services it carries, space-separated.</param>
public sealed record ExchangedToken(string AccessToken, TimeSpan ExpiresIn, string Scope);
