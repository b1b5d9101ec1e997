using Microsoft.AspNetCore.Http;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Functions.Http;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Identity;

/// <summary>
/// Authenticates the client of an OAuth call, then counts it against its function's limits by what it turned out to
/// be: a confidential client per client and per end user, anyone else by address (see <see cref="EdgeRateLimiter"/>).
/// A failed authentication counts too, so assertions that never verify cannot be sent without limit.
/// </summary>
public sealed class OAuthClientAuthentication(ClientAuthenticator clients, EdgeRateLimiter limits)
{
    /// <exception cref="OAuthErrorException">invalid_client or invalid_request.</exception>
    /// <exception cref="RateLimitExceededException">Over a limit (429 with Retry-After).</exception>
    public async Task<RegisteredClient> AuthenticateAsync(HttpRequest request, IFormCollection form, CancellationToken cancellationToken)
    {
        var function = OperationName.Of(request.HttpContext);
        RegisteredClient client;
        try
        {
            client = await clients.AuthenticateAsync(OAuthRequestReader.CredentialsOf(request, form), cancellationToken);
        }
        catch (OAuthErrorException)
        {
            limits.AdmitClient(function, request.HttpContext, null, confidential: false);
            throw;
        }
        limits.AdmitClient(function, request.HttpContext, client.Id, client.Kind == ClientKinds.Confidential);
        return client;
    }
}
