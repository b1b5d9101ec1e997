using Portal.Domain.Identity.Clients;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// What an access token says: <paramref name="Subject"/> is the portal's own account id (never a certificate serial),
/// or for an agency's client-credentials token, the client itself, with <paramref name="Agency"/> the body it acts for.
/// </summary>
/// <param name="SessionId">
/// A resident token's login (<c>sid</c>), which every resident request checks is still active; agency tokens have none.
/// For a delegated token, the proxy's login: the proxy's logout ends it too.
/// </param>
/// <param name="Actor">
/// A delegated token's proxy (<c>act.sub</c>, RFC 8693 §4.1): <paramref name="Subject"/> is then the principal acted for.
/// </param>
/// <param name="DelegationId">A delegated token's delegation (<c>dlg</c>), checked on every request.</param>
/// <param name="MedicalInstitutionCode">A clinic's client-credentials token: its 医療機関コード (<c>mic</c>).</param>
public sealed record AccessTokenClaims(
    string Subject, string ClientId, IReadOnlyList<string> Scopes, AgencyBinding? Agency = null, string? SessionId = null,
    string? Actor = null, string? DelegationId = null, string? MedicalInstitutionCode = null)
{
    /// <summary>A clinic's token: only the clinic endpoints accept it; resident and agency endpoints refuse it.</summary>
    public bool IsClinic => MedicalInstitutionCode is not null;

    /// <summary>A proxy acting for <see cref="Subject"/> (token exchange), not the resident themself.</summary>
    public bool IsDelegated => Actor is not null;

    /// <summary>Whose login the token belongs to: the proxy's for a delegated token, else the subject's.</summary>
    public string LoginAccount => Actor ?? Subject;

    /// <summary>
    /// An agency's client-credentials token, not a resident's: resident endpoints must refuse it, agency endpoints
    /// accept nothing else. Told apart by the binding claim (<c>lg</c> or <c>agency</c>), which only such tokens carry.
    /// </summary>
    public bool IsAgency => Agency is not null;

    public bool HasScope(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}
