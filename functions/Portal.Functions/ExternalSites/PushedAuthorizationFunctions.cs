using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Domain.ExternalSites.PushedAuthorization;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Functions.Identity;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// The pushed authorization request endpoint (RFC 9126): an external site authenticates with private_key_jwt and
/// pushes its authorization request; the answer's request_uri is what its redirect to the authorization page carries.
/// </summary>
public sealed class PushedAuthorizationFunctions(
    OAuthClientAuthentication clients, PushedAuthorizationService pushed, OAuthRequestReader reader)
{
    [Function("PushAuthorizationRequest")]
    public async Task<IResult> PushAuthorizationRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "oauth/par")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        try
        {
            var form = await reader.ReadFormAsync(request, cancellationToken);
            var client = await clients.AuthenticateWithKeyAsync(request, form, cancellationToken);
            var pushedRequest = await pushed.PushAsync(client, AuthorizationRequestForm.Read(form), cancellationToken);
            return PushedAuthorizationResponses.Created(request, pushedRequest);
        }
        catch (OAuthErrorException e)
        {
            return OAuthResponses.Error(request, e);
        }
    }
}
