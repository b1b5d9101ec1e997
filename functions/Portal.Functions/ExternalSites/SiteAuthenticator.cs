using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Domain.ExternalSites.Tokens;
using Portal.Domain.Identity.Dpop;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// A site's call to the external API (RFC 9449 §7): <c>Authorization: DPoP</c> with a site access token (its own
/// audience: a resident token is refused here as a site token is at /api/me), and a proof for this request, signed by
/// the key the token is bound to and carrying the token's hash. Every refusal is a <see cref="SiteTokenRefusedException"/>,
/// answered 401 with a <c>WWW-Authenticate: DPoP</c> challenge.
/// </summary>
public sealed class SiteAuthenticator(
    SiteAccessTokens tokens, DpopProofValidator proofs, DpopNonces nonces, IOptions<TokenOptions> options, IOptions<OperationCallers> callers)
{
    private const string Scheme = "DPoP ";

    /// <param name="route">The function's route, for the proof's <c>htu</c> under the issuer.</param>
    /// <exception cref="UndeclaredCallerException">The operation does not declare sites: a bug, answered 500.</exception>
    public async Task<SiteAccessTokenClaims> AuthenticateAsync(HttpRequest request, string route, CancellationToken cancellationToken)
    {
        var operation = OperationName.Of(request.HttpContext);
        _ = callers.Value.Rule(operation, CallerKind.ExternalSite) ?? throw new UndeclaredCallerException(operation, CallerKind.ExternalSite);
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new SiteTokenRefusedException(SiteTokenRefusedException.InvalidToken, "not the DPoP scheme");
        }
        var token = header[Scheme.Length..].Trim();
        var claims = await tokens.ValidateAsync(token);
        DpopProof proof;
        try
        {
            proof = await proofs.ValidateAsync(new DpopRequest([.. request.Headers[DpopHeaders.Proof].OfType<string>()], request.Method,
                new Uri($"{options.Value.IssuerName}/{route}"), token), cancellationToken);
        }
        catch (DpopProofRefusedException e)
        {
            throw new SiteTokenRefusedException(e.Error, e.Description,
                e.Error == DpopErrors.UseNonce ? await nonces.CurrentAsync(cancellationToken) : null);
        }
        if (!string.Equals(proof.KeyThumbprint, claims.KeyThumbprint, StringComparison.Ordinal))
        {
            throw new SiteTokenRefusedException(DpopErrors.InvalidProof, "the proof is not signed by the key the token is bound to");
        }
        await DpopHeaders.SendNonceAsync(request, nonces, cancellationToken);
        return claims;
    }
}
