using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Domain.ExternalSites.Tokens;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Dpop;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Identity;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// The token endpoint's authorization_code grant for sites: the DPoP proof first (RFC 9449 §5; before the client's
/// assertion, so a client told to use a nonce can send the same assertion again), then private_key_jwt, then the code.
/// Every answer but a refusal of the client carries a fresh <c>DPoP-Nonce</c>.
/// </summary>
public sealed class SiteTokenExchange(
    DpopProofValidator proofs, DpopNonces nonces, OAuthClientAuthentication clients, SiteCodeGrant grant, IOptions<TokenOptions> options)
{
    /// <exception cref="OAuthErrorException">Any refusal but the proof's (answered by the token endpoint).</exception>
    public async Task<IResult> ExchangeAsync(HttpRequest request, IFormCollection form, CancellationToken cancellationToken)
    {
        DpopProof proof;
        try
        {
            proof = await proofs.ValidateAsync(
                new DpopRequest([.. request.Headers[DpopHeaders.Proof].OfType<string>()], request.Method, new Uri(options.Value.TokenEndpoint)),
                cancellationToken);
        }
        catch (DpopProofRefusedException e)
        {
            await DpopHeaders.SendNonceAsync(request, nonces, cancellationToken);
            return OAuthResponses.Error(request, new OAuthErrorException(e.Error, e.Description));
        }
        var client = await clients.AuthenticateWithKeyAsync(request, form, cancellationToken);
        var tokens = await grant.RedeemAsync(client, OAuthRequestReader.Single(form, "code"), OAuthRequestReader.Single(form, "redirect_uri"),
            OAuthRequestReader.Single(form, "code_verifier"), proof.KeyThumbprint, cancellationToken);
        await DpopHeaders.SendNonceAsync(request, nonces, cancellationToken);
        return SiteTokenResponses.Tokens(request, tokens);
    }
}
