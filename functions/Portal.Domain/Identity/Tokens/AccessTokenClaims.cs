using Portal.Domain.Identity.Clients;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// What an access token says: <paramref name="Subject"/> is the portal's own account id (never a certificate serial),
/// or for an agency's client-credentials token, the client itself, with <paramref name="Agency"/> the body it acts for.
/// </summary>
/// <param name="SessionId">
/// A resident token's login (<c>sid</c>), which every resident request checks is still active; agency tokens have none.
/// </param>
public sealed record AccessTokenClaims(
    string Subject, string ClientId, IReadOnlyList<string> Scopes, AgencyBinding? Agency = null, string? SessionId = null)
{
    /// <summary>
    /// An agency's client-credentials token, not a resident's: resident endpoints must refuse it, agency endpoints
    /// accept nothing else. Told apart by the binding claim (<c>lg</c> or <c>agency</c>), which only such tokens carry.
    /// </summary>
    public bool IsAgency => Agency is not null;

    public bool HasScope(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}
