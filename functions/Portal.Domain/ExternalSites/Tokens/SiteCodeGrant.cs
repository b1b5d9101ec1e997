using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.ExternalSites.Codes;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.ExternalSites.Pairwise;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;

namespace Portal.Domain.ExternalSites.Tokens;

/// <summary>
/// The authorization_code grant for sites (RFC 6749 §4.1.3): the code redeemed by the authenticated site with its
/// redirect URI, PKCE verifier and DPoP key; the resident's link must still exist; the tokens carry the site's pairwise
/// subject. A code presented again revokes every token the site holds for that resident (RFC 6749 §4.1.2).
/// </summary>
public sealed class SiteCodeGrant(
    AuthorizationCodes codes, SiteLinks links, PairwiseSubjectIndex subjects, AccountRepository accounts,
    SiteAccessTokens accessTokens, SiteIdTokens idTokens, ILogger<SiteCodeGrant> logger)
{
    /// <param name="dpopKeyThumbprint">The key of the request's checked DPoP proof: the access token is bound to it.</param>
    /// <exception cref="OAuthErrorException">unauthorized_client (not a site), invalid_grant.</exception>
    public async Task<SiteTokens> RedeemAsync(RegisteredClient client, string? code, string? redirectUri, string? codeVerifier,
        string dpopKeyThumbprint, CancellationToken cancellationToken)
    {
        if (!client.IsSite || client.SectorIdentifier is not { } sector)
        {
            throw new OAuthErrorException(OAuthErrors.UnauthorizedClient, "only a registered site may use the authorization_code grant.");
        }
        ClientRegistry.RequireGrant(client, GrantTypes.AuthorizationCode);
        AuthorizationCode redeemed;
        try
        {
            redeemed = await codes.RedeemAsync(new CodeRedemption(client.Id, code, redirectUri, codeVerifier, dpopKeyThumbprint), cancellationToken);
        }
        catch (AuthorizationCodeReusedException e)
        {
            await links.RevokeTokensAsync(e.AccountId, e.ClientId, cancellationToken);
            logger.LogWarning("Revoked the tokens of client {ClientId} for one resident: a code was presented twice", e.ClientId);
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, "The authorization code is invalid, expired, or was not issued for this request.");
        }
        var account = (await accounts.FindAsync(redeemed.AccountId, cancellationToken))?.Document;
        if (account is null || await links.FindAsync(redeemed.AccountId, client.Id, cancellationToken) is null)
        {
            logger.LogInformation("Code of client {ClientId} refused: the resident unlinked the site or left", client.Id);
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, "The resident no longer shares with this site.");
        }
        var subject = await subjects.GiveOutAsync(sector, account.Id, cancellationToken);
        var access = await accessTokens.IssueAsync(subject, client.Id, redeemed.Scopes, dpopKeyThumbprint);
        var id = await idTokens.IssueAsync(subject, redeemed, account.Profile);
        return new SiteTokens(access.Token, access.ExpiresIn, string.Join(' ', redeemed.Scopes), id);
    }
}
