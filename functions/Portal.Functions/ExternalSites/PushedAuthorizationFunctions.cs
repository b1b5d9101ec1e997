using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.ExternalSites.PushedAuthorization;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Dpop;
using Portal.Functions.Identity;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// The pushed authorization request endpoint (RFC 9126): an external site authenticates with private_key_jwt and
/// pushes its authorization request; the answer's request_uri is what its redirect to the authorization page carries.
/// A DPoP proof, if sent, is checked before the client's assertion (as at the token endpoint: a client told to use a
/// nonce can send the same assertion again). A pushed request answers with a fresh <c>DPoP-Nonce</c>.
/// </summary>
public sealed class PushedAuthorizationFunctions(
    OAuthClientAuthentication clients, PushedAuthorizationProof proofs, DpopNonces nonces, PushedAuthorizationService pushed,
    OAuthRequestReader reader)
{
    [Function("PushAuthorizationRequest")]
    public async Task<IResult> PushAuthorizationRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = PushedAuthorizationProof.Route)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            var form = await reader.ReadFormAsync(request, cancellationToken);
            var proofKey = await proofs.CheckAsync(request, cancellationToken);
            var client = await clients.AuthenticateWithKeyAsync(request, form, cancellationToken);
            var pushedRequest = await pushed.PushAsync(client, AuthorizationRequestForm.Read(form), proofKey, cancellationToken);
            await DpopHeaders.SendNonceAsync(request, nonces, cancellationToken);
            return PushedAuthorizationResponses.Created(request, pushedRequest);
        }
        catch (OAuthErrorException e)
        {
            return OAuthResponses.Error(request, e);
        }
    }
}
