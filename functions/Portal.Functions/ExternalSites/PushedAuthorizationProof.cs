using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Dpop;
using Portal.Domain.Identity.Tokens;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// A DPoP proof sent with a pushed authorization request (RFC 9449 §10.1): optional, but when present checked as at the
/// token endpoint (for POST to the PAR endpoint, with a current nonce, its jti once), and its key then binds the code.
/// A client that attaches a proof to every request to the portal also gets its first nonce here.
/// </summary>
public sealed class PushedAuthorizationProof(DpopProofValidator proofs, DpopNonces nonces, IOptions<TokenOptions> options)
{
    public const string Route = "oauth/par";

    /// <returns>The proof key's thumbprint; null when the request carries no <c>DPoP</c> header.</returns>
    /// <exception cref="OAuthErrorException">invalid_dpop_proof or use_dpop_nonce, with a fresh nonce in the answer.</exception>
    public async Task<string?> CheckAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.Headers.ContainsKey(DpopHeaders.Proof))
        {
            return null;
        }
        try
        {
            var proof = await proofs.ValidateAsync(new DpopRequest([.. request.Headers[DpopHeaders.Proof].OfType<string>()], request.Method,
                new Uri($"{options.Value.IssuerName}/{Route}")), cancellationToken);
            return proof.KeyThumbprint;
        }
        catch (DpopProofRefusedException e)
        {
            await DpopHeaders.SendNonceAsync(request, nonces, cancellationToken);
            throw new OAuthErrorException(e.Error, e.Description);
        }
    }
}
