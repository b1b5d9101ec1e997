using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Domain.Clinics;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Identity;

namespace Portal.Functions.Clinics;

/// <summary>
/// Resolves the calling clinic from its bearer token: only a clinic's client-credentials token (bound to its
/// 医療機関コード) is accepted, never a resident's or an agency's, with the scope the operation declared for clinics.
/// </summary>
public sealed class ClinicAuthenticator(AccessTokenService tokens, IOptions<OperationCallers> callers)
{
    /// <exception cref="InvalidAccessTokenException">No valid clinic token (401).</exception>
    /// <exception cref="InsufficientScopeException">A clinic token without the declared scope (403).</exception>
    /// <exception cref="UndeclaredCallerException">The operation does not declare clinics: a bug, answered 500.</exception>
    public async Task<ClinicContext> AuthenticateAsync(HttpRequest request)
    {
        var operation = OperationName.Of(request.HttpContext);
        var rule = callers.Value.Rule(operation, CallerKind.Clinic) ?? throw new UndeclaredCallerException(operation, CallerKind.Clinic);
        var token = OAuthRequestReader.BearerTokenOf(request) ?? throw new InvalidAccessTokenException("no bearer token");
        var claims = await tokens.ValidateAsync(token);
        if (claims is not { IsClinic: true, IsAgency: false, IsDelegated: false, MedicalInstitutionCode: { } code })
        {
            throw new InvalidAccessTokenException("not a clinic token");
        }
        if (rule.Scopes.Count > 0 && !rule.Scopes.Any(claims.HasScope))
        {
            throw new InsufficientScopeException(rule.Scopes);
        }
        return new ClinicContext(claims.ClientId, code);
    }
}
