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
    public Task<RegisteredClient> AuthenticateAsync(HttpRequest request, IFormCollection form, CancellationToken cancellationToken) =>
        AuthenticateAsync(request, form, keyRequired: false, cancellationToken);

    /// <summary>
    /// As <see cref="AuthenticateAsync(HttpRequest, IFormCollection, CancellationToken)"/>, but a client_id alone is
    /// refused (FAPI 2.0: private_key_jwt only), with the same invalid_client as any other failure.
    /// </summary>
    public Task<RegisteredClient> AuthenticateWithKeyAsync(HttpRequest request, IFormCollection form, CancellationToken cancellationToken) =>
        AuthenticateAsync(request, form, keyRequired: true, cancellationToken);

    private async Task<RegisteredClient> AuthenticateAsync(
        HttpRequest request, IFormCollection form, bool keyRequired, CancellationToken cancellationToken)
    {
        var function = OperationName.Of(request.HttpContext);
        RegisteredClient client;
        try
        {
            var credentials = OAuthRequestReader.CredentialsOf(request, form);
            if (keyRequired && credentials.Assertion is null)
            {
                throw ClientAuthenticator.Failed();
            }
            client = await clients.AuthenticateAsync(credentials, cancellationToken);
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
