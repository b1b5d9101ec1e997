using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.Proxies.Acting;

/// <summary>
/// The token exchange grant (RFC 8693): a proxy presents a delegation token (<c>subject_token</c>) and their own access
/// token (<c>actor_token</c>), both for this client, and gets an access token whose <c>sub</c> is the principal and whose
/// <c>act</c> names the proxy, with the delegation's services as scopes, living no longer than the delegation, and no
/// refresh token (exchange again). Every refusal about the delegation is the same invalid_grant, so an exchange never
/// tells whether a delegation exists for someone else.
/// </summary>
public sealed class TokenExchangeGrant(
    DelegationTokens delegationTokens, AccessTokenService accessTokens, ResidentAccessCheck logins, Delegations delegations,
    AccountRepository accounts, TimeProvider clock, ILogger<TokenExchangeGrant>? logger = null)
{
    private const string NotInEffect = "no delegation in effect for this actor and subject token.";

    private readonly ILogger _logger = logger ?? NullLogger<TokenExchangeGrant>.Instance;

    /// <exception cref="OAuthErrorException">unauthorized_client, invalid_request, invalid_grant or invalid_scope.</exception>
    public async Task<ExchangedToken> ExchangeAsync(RegisteredClient client, TokenExchangeRequest request, CancellationToken cancellationToken)
    {
        ClientRegistry.RequireGrant(client, GrantTypes.TokenExchange);
        RequireWellFormed(request);
        var actor = await ActorAsync(client, request.ActorToken!, cancellationToken);
        var presented = await delegationTokens.ValidateAsync(request.SubjectToken)
            ?? throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the subject_token is not a valid delegation token.");
        if (presented.ProxyId != actor.Subject)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the subject_token was not issued to the actor.");
        }
        var now = clock.GetUtcNow();
        var delegation = (await delegations.ReadAsync(presented.DelegationId, cancellationToken))?.Document;
        if (delegation is not { PrincipalId: { } principal } || delegation.ProxyId != actor.Subject || !delegation.IsEffectiveAt(now))
        {
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, NotInEffect);
        }
        if ((await accounts.FindAsync(principal, cancellationToken))?.Document is not { State: AccountStates.Registered })
        {
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, NotInEffect);
        }
        var scopes = ClientRegistry.Narrow(delegation.Services, request.Scope);
        var issued = await accessTokens.IssueAsync(
            new AccessTokenClaims(principal, client.Id, scopes, SessionId: actor.SessionId, Actor: actor.Subject, DelegationId: delegation.Id),
            notAfter: delegation.ValidUntil);
        _logger.LogInformation("Exchanged a delegation token of delegation {DelegationId} through client {ClientId} for {Scope}",
            delegation.Id, client.Id, string.Join(' ', scopes));
        return new ExchangedToken(issued.Token, issued.ExpiresIn, string.Join(' ', scopes));
    }

    private static void RequireWellFormed(TokenExchangeRequest request)
    {
        if (string.IsNullOrEmpty(request.SubjectToken) || string.IsNullOrEmpty(request.ActorToken))
        {
            throw new OAuthErrorException(OAuthErrors.InvalidRequest, "subject_token and actor_token are required.");
        }
        if (request.SubjectTokenType != DelegationTokenTypes.Delegation)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidRequest, $"subject_token_type must be {DelegationTokenTypes.Delegation}.");
        }
        if (request.ActorTokenType != DelegationTokenTypes.AccessToken)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidRequest, $"actor_token_type must be {DelegationTokenTypes.AccessToken}.");
        }
        if (request.RequestedTokenType is { } requested && requested != DelegationTokenTypes.AccessToken)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidRequest, $"only {DelegationTokenTypes.AccessToken} is issued.");
        }
    }

    /// <summary>
    /// The proxy's own access token: valid, a registered resident's (portal), issued to this client, not itself
    /// delegated (a proxy's proxy is refused), its login still active.
    /// </summary>
    private async Task<AccessTokenClaims> ActorAsync(RegisteredClient client, string token, CancellationToken cancellationToken)
    {
        AccessTokenClaims claims;
        try
        {
            claims = await accessTokens.ValidateAsync(token);
            if (claims.IsAgency || claims.IsClinic || !AccountService.IsAccountId(claims.Subject) || claims.IsDelegated
                || claims.ClientId != client.Id || !claims.HasScope(PortalScopes.Portal))
            {
                throw new OAuthErrorException(OAuthErrors.InvalidGrant,
                    "the actor_token must be a resident's own access token with portal, issued to this client.");
            }
            await logins.RequireAsync(claims, cancellationToken);
        }
        catch (InvalidAccessTokenException e)
        {
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, $"the actor_token is not valid ({e.Reason}).");
        }
        return claims;
    }
}
