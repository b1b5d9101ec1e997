using Portal.Domain.Identity.DeviceAuthorization;

namespace Portal.Domain.Identity.Clients;

/// <summary>
/// Client authentication at the token and revocation endpoints: public clients by their id alone (token endpoint
/// auth "none"), agencies by private_key_jwt only. Any mismatch is invalid_client.
/// </summary>
public sealed class ClientAuthenticator(ClientRegistry registry, ClientAssertionValidator assertions)
{
    /// <exception cref="OAuthErrorException">invalid_client or invalid_request.</exception>
    public async Task<RegisteredClient> AuthenticateAsync(ClientCredentials credentials, CancellationToken cancellationToken)
    {
        if (credentials.Assertion is null && credentials.AssertionType is null)
        {
            var client = await registry.FindAsync(credentials.ClientId, cancellationToken)
                ?? throw new OAuthErrorException(OAuthErrors.InvalidClient, "unknown client.");
            return client.Kind == ClientKinds.Public
                ? client
                : throw new OAuthErrorException(OAuthErrors.InvalidClient, "this client must authenticate with private_key_jwt.");
        }
        if (credentials.AssertionType != ClientCredentials.JwtBearerAssertionType)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidClient, $"client_assertion_type must be {ClientCredentials.JwtBearerAssertionType}.");
        }
        if (credentials.Assertion is null)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidRequest, "client_assertion is required.");
        }
        var claimed = ClientAssertionValidator.ClaimedClientIdOf(credentials.Assertion)
            ?? throw new OAuthErrorException(OAuthErrors.InvalidClient, "the client assertion is not a JWT with an issuer.");
        if (credentials.ClientId is not null && credentials.ClientId != claimed)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidClient, "client_id and the assertion's issuer differ.");
        }
        var agency = await registry.FindAsync(claimed, cancellationToken);
        if (agency is not { IsAgency: true })
        {
            throw new OAuthErrorException(OAuthErrors.InvalidClient, "unknown client, or not one that uses private_key_jwt.");
        }
        await assertions.ValidateAsync(agency, credentials.Assertion, cancellationToken);
        return agency;
    }
}
