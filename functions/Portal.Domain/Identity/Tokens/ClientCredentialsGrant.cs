using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// The client credentials grant (RFC 6749 §4.4) for agencies and clinics, already authenticated by private_key_jwt: an access
/// token whose subject is the client and which carries the body it acts for. No refresh token (RFC 6749 §4.4.3: the
/// agency simply asks again), no ID token (no one signed in).
/// </summary>
public sealed class ClientCredentialsGrant(AccessTokenService accessTokens)
{
    /// <exception cref="OAuthErrorException">unauthorized_client, invalid_scope.</exception>
    public async Task<IssuedTokens> IssueAsync(RegisteredClient client, string? scope)
    {
        ClientRegistry.RequireGrant(client, GrantTypes.ClientCredentials);
        if (client is { IsClinic: true, MedicalInstitutionCode: { Length: > 0 } code })
        {
            var granted = ClientRegistry.ScopesFor(client, scope).Where(s => s != PortalScopes.OpenId).ToList();
            var token = await accessTokens.IssueAsync(new AccessTokenClaims(client.Id, client.Id, granted, MedicalInstitutionCode: code));
            return new IssuedTokens(token.Token, token.ExpiresIn, string.Join(' ', granted), client.Id);
        }
        if (client is not { IsAgency: true, Agency: { NamesOneBody: true } binding })
        {
            throw new OAuthErrorException(OAuthErrors.UnauthorizedClient, "only an agency bound to exactly one body may use client_credentials.");
        }
        var scopes = ClientRegistry.ScopesFor(client, scope).Where(s => s != PortalScopes.OpenId).ToList();
        var access = await accessTokens.IssueAsync(new AccessTokenClaims(client.Id, client.Id, scopes, binding));
        return new IssuedTokens(access.Token, access.ExpiresIn, string.Join(' ', scopes), client.Id);
    }
}
