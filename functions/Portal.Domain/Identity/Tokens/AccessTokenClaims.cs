namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// What an access token says: <paramref name="Subject"/> is the portal's own account id (never a certificate serial),
/// or for an agency's client-credentials token, the client itself.
/// </summary>
public sealed record AccessTokenClaims(string Subject, string ClientId, IReadOnlyList<string> Scopes);
