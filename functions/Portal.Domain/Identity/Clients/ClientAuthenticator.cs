using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Identity.DeviceAuthorization;

namespace Portal.Domain.Identity.Clients;

/// <summary>
/// Client authentication at the token, device authorization and revocation endpoints: public clients by their id
/// alone (token endpoint auth "none"), confidential clients and agencies by private_key_jwt only. Every refusal is
/// the same invalid_client answer: it never tells whether an id exists or what kind of client it is (the log does).
/// </summary>
public sealed class ClientAuthenticator(
    ClientRegistry registry, ClientAssertionValidator assertions, ILogger<ClientAuthenticator>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ClientAuthenticator>.Instance;

    /// <exception cref="OAuthErrorException">invalid_client or invalid_request.</exception>
    public async Task<RegisteredClient> AuthenticateAsync(ClientCredentials credentials, CancellationToken cancellationToken)
    {
        if (credentials.Assertion is null && credentials.AssertionType is null)
        {
            var client = await registry.FindAsync(credentials.ClientId, cancellationToken);
            return client is { Kind: ClientKinds.Public } ? client : throw Refuse(client, "no assertion from a client that is not public");
        }
        if (credentials.AssertionType != ClientCredentials.JwtBearerAssertionType)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidClient, $"client_assertion_type must be {ClientCredentials.JwtBearerAssertionType}.");
        }
        if (credentials.Assertion is null)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidRequest, "client_assertion is required.");
        }
        var claimed = ClientAssertionValidator.ClaimedClientIdOf(credentials.Assertion) ?? throw Refuse(null, "not a JWT with an issuer");
        if (credentials.ClientId is not null && credentials.ClientId != claimed)
        {
            throw Refuse(null, "client_id and the assertion's issuer differ");
        }
        var signer = await registry.FindAsync(claimed, cancellationToken);
        if (signer is not { UsesPrivateKeyJwt: true })
        {
            throw Refuse(signer, "an assertion from an unknown client or one without keys");
        }
        await assertions.ValidateAsync(signer, credentials.Assertion, cancellationToken);
        return signer;
    }

    /// <summary>The one answer for every refusal; what was wrong goes to the log only (client ids are not personal data).</summary>
    public static OAuthErrorException Failed() => new(OAuthErrors.InvalidClient, "client authentication failed.");

    private OAuthErrorException Refuse(RegisteredClient? client, string reason)
    {
        _logger.LogWarning("Refused client authentication of {ClientId} ({Kind}): {Reason}",
            client?.Id ?? "(unknown)", client?.Kind ?? "-", reason);
        return Failed();
    }
}
