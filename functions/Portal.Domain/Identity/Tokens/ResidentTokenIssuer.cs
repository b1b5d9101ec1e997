using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// The one place a resident's tokens are made, whatever the grant: an access token (its scopes following the account's
/// state), a refresh token when the client may refresh, an ID token when openid was granted. The device code grant
/// uses <see cref="IssueAsync"/> at sign-in; the authorization-code flow will too.
/// </summary>
public sealed class ResidentTokenIssuer(
    AccessTokenService accessTokens, IdTokenService idTokens, RefreshTokenStore refreshTokens, AccountRepository accounts,
    ILogger<ResidentTokenIssuer>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ResidentTokenIssuer>.Instance;

    /// <summary>The tokens of a fresh login of <paramref name="account"/> through <paramref name="client"/>.</summary>
    /// <param name="scopes">What the client was granted (before the account's state narrows it).</param>
    /// <param name="authTime">When the card login happened.</param>
    public async Task<IssuedTokens> IssueAsync(
        Account account, RegisteredClient client, IReadOnlyList<string> scopes, DateTimeOffset authTime, CancellationToken cancellationToken)
    {
        var refresh = client.AllowedGrantTypes.Contains(GrantTypes.RefreshToken, StringComparer.Ordinal)
            ? await refreshTokens.CreateAsync(account.Id, client.Id, string.Join(' ', scopes), authTime, cancellationToken)
            : null;
        return await MintAsync(account, client.Id, scopes, authTime, refresh);
    }

    /// <summary>The refresh_token grant (RFC 6749 §6): rotates the token and re-reads the account.</summary>
    /// <param name="scope">Optionally fewer scopes than the login granted, for this access token only.</param>
    /// <exception cref="OAuthErrorException">invalid_grant, invalid_scope, unauthorized_client.</exception>
    public async Task<IssuedTokens> RefreshAsync(RegisteredClient client, string? refreshToken, string? scope, CancellationToken cancellationToken)
    {
        ClientRegistry.RequireGrant(client, GrantTypes.RefreshToken);
        var rotation = await refreshTokens.RotateAsync(refreshToken, client.Id, cancellationToken);
        var family = rotation.Family;
        var granted = ClientRegistry.Narrow(family.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries), scope);
        var account = (await accounts.FindAsync(family.AccountId, cancellationToken))?.Document;
        if (account is null)
        {
            await refreshTokens.DeleteAsync(family, cancellationToken);
            _logger.LogInformation("Ended refresh token family {FamilyRef}: its account {AccountId} no longer exists", family.LogReference, family.AccountId);
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the account no longer exists.");
        }
        return await MintAsync(account, client.Id, granted, family.AuthTime, rotation.RefreshToken);
    }

    /// <summary>
    /// What the access token of <paramref name="account"/> carries: a pending account (registration not finished) gets
    /// <see cref="PortalScopes.Registration"/> in place of <see cref="PortalScopes.Portal"/>; the next refresh after
    /// registration gets <see cref="PortalScopes.Portal"/> back.
    /// </summary>
    public static IReadOnlyList<string> EffectiveScopes(Account account, IReadOnlyList<string> granted) =>
        account.State == AccountStates.Pending
            ? granted.Select(s => s == PortalScopes.Portal ? PortalScopes.Registration : s).Distinct(StringComparer.Ordinal).ToList()
            : granted;

    private async Task<IssuedTokens> MintAsync(
        Account account, string clientId, IReadOnlyList<string> granted, DateTimeOffset authTime, string? refreshToken)
    {
        var scopes = EffectiveScopes(account, granted);
        var access = await accessTokens.IssueAsync(new AccessTokenClaims(account.Id, clientId, scopes));
        var id = scopes.Contains(PortalScopes.OpenId, StringComparer.Ordinal)
            ? await idTokens.IssueAsync(account.Id, clientId, authTime)
            : null;
        return new IssuedTokens(access.Token, access.ExpiresIn, string.Join(' ', scopes), account.Id, refreshToken, id);
    }
}
