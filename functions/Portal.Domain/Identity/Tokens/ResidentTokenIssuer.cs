using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Sessions.Notifications;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// The one place a resident's tokens are made, whatever the grant: an access token (its scopes following the account's
/// state, its <c>sid</c> the login), a refresh token when the client may refresh, an ID token when openid was granted.
/// The device code grant uses <see cref="IssueAsync"/> at sign-in; the authorization-code flow will too.
/// </summary>
public sealed class ResidentTokenIssuer(
    AccessTokenService accessTokens, IdTokenService idTokens, RefreshTokenStore refreshTokens, SessionService sessions,
    NewLoginNotifications notifications, AccountRepository accounts, Func<CertificateValidator> certificates,
    IOptions<TokenOptions> options, TimeProvider clock, ILogger<ResidentTokenIssuer>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ResidentTokenIssuer>.Instance;

    /// <summary>
    /// The tokens of a fresh login of <paramref name="account"/> through <paramref name="client"/>: a new session
    /// (ログイン中の端末) with its refresh-token family, and the resident told of it.
    /// </summary>
    /// <param name="scopes">What the client was granted (before the account's state narrows it).</param>
    /// <param name="authTime">When the card login happened.</param>
    /// <param name="deviceKind">Where the client says the login was started (<c>DeviceKinds</c>).</param>
    /// <param name="certificate">The card's authentication certificate the login was made with: every refresh checks
    /// it against the current CRL. Null only for a login not made with a card.</param>
    public async Task<IssuedTokens> IssueAsync(
        Account account, RegisteredClient client, IReadOnlyList<string> scopes, DateTimeOffset authTime, string deviceKind,
        CertificateName? certificate, CancellationToken cancellationToken)
    {
        // The family first: a crash before the session leaves a family nobody holds a token of, never a token without a session.
        var sessionId = SessionIdentifiers.NewSessionId();
        var refresh = client.AllowedGrantTypes.Contains(GrantTypes.RefreshToken, StringComparer.Ordinal)
            ? await refreshTokens.CreateAsync(account.Id, client.Id, string.Join(' ', scopes), authTime, sessionId, certificate, cancellationToken)
            : null;
        LoginSession? started = null;
        IssuedTokens issued;
        try
        {
            started = await sessions.StartAsync(sessionId, account.Id, client, deviceKind, refresh?.Family,
                refresh?.Family.IdleExpiresAt ?? clock.GetUtcNow() + options.Value.AccessTokenLifetime, cancellationToken);
            issued = await MintAsync(account, client.Id, scopes, authTime, sessionId, refresh?.RefreshToken);
        }
        catch
        {
            // Nobody got a token of this login: it must not linger in ログイン中の端末, and the client's next poll
            // makes a login of its own.
            await AbandonAsync(started, refresh?.Family);
            throw;
        }
        // Told only once the tokens exist, so a failed issuance never sends a notice of a login that did not happen.
        await notifications.NotifyAsync(new NewLogin(account, started), cancellationToken);
        return issued;
    }

    /// <summary>Ends what a failed issuance had made. Not cancellable: a cancelled request must not leave it behind.</summary>
    private async Task AbandonAsync(LoginSession? session, RefreshTokenFamily? family)
    {
        try
        {
            if (session is not null)
            {
                await sessions.AbandonAsync(session, CancellationToken.None);
            }
            else if (family is not null)
            {
                await refreshTokens.EndAsync(family, CancellationToken.None);
            }
        }
        catch (Exception e)
        {
            // The issuance's failure is what the caller sees; the session's TTL ends what this could not.
            _logger.LogWarning("Could not end the login of a failed token issuance: {ErrorType}", e.GetType().Name);
        }
    }

    /// <summary>
    /// The refresh_token grant (RFC 6749 §6). Before the token rotates, what may have changed since the login is checked
    /// again: the card's revocation against the current CRL, and the client's current grants and scopes. Then the
    /// account is re-read and the login touched.
    /// </summary>
    /// <param name="scope">Optionally fewer scopes than the login granted, for this access token only.</param>
    /// <exception cref="OAuthErrorException">invalid_grant (also when the card was revoked, the client may no longer have
    /// any of the login's scopes, or the account or the login was ended), invalid_scope, unauthorized_client.</exception>
    /// <exception cref="DependencyUnavailableException">No current CRL to check the card against: try again later (the
    /// token is not spent).</exception>
    public async Task<IssuedTokens> RefreshAsync(RegisteredClient client, string? refreshToken, string? scope, CancellationToken cancellationToken)
    {
        ClientRegistry.RequireGrant(client, GrantTypes.RefreshToken);
        var presented = await refreshTokens.PresentAsync(refreshToken, client.Id, cancellationToken);
        await RequireCardNotRevokedAsync(presented.Family, cancellationToken);
        var stillAllowed = await StillAllowedScopesAsync(presented.Family, client, cancellationToken);
        var rotation = await refreshTokens.RotateAsync(presented, stillAllowed, cancellationToken);
        var family = rotation.Family;
        var granted = ClientRegistry.Narrow(family.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries), scope);
        var account = (await accounts.FindAsync(family.AccountId, cancellationToken))?.Document;
        if (account is null)
        {
            await refreshTokens.EndAsync(family, cancellationToken);
            _logger.LogInformation("Ended refresh token family {FamilyRef}: its account {AccountId} no longer exists", family.LogReference, family.AccountId);
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the account no longer exists.");
        }
        // A family without a session is from before sessions, or its login was ended while its family lingered: either way, over.
        if (family.SessionId is not { } sessionId || !await sessions.TouchAsync(account.Id, sessionId, family.IdleExpiresAt, cancellationToken))
        {
            await refreshTokens.EndAsync(family, cancellationToken);
            _logger.LogInformation("Ended refresh token family {FamilyRef}: its login was ended", family.LogReference);
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the login was ended; sign in again.");
        }
        return await MintAsync(account, client.Id, granted, family.AuthTime, sessionId, rotation.RefreshToken);
    }

    /// <summary>A card revoked since the login ends the login (and its session) at this refresh.</summary>
    private async Task RequireCardNotRevokedAsync(RefreshTokenFamily family, CancellationToken cancellationToken)
    {
        // Families from before the certificate was recorded are not checked: they end within their lifetime (30 days).
        if (family.Certificate is not { } card)
        {
            return;
        }
        switch (certificates().CheckRevocation(card.Issuer, card.SerialNumber, CertificatePurpose.Authentication, clock.GetUtcNow()))
        {
            case Revocation.Revoked:
                await refreshTokens.EndAsync(family, cancellationToken);
                _logger.LogInformation("Ended refresh token family {FamilyRef}: its card certificate was revoked", family.LogReference);
                throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the card used to sign in was revoked; sign in again.");
            case Revocation.Unknown:
                // As at a login, no current CRL means no answer; unlike a login, the client keeps its token for later.
                throw new DependencyUnavailableException("crl");
        }
    }

    /// <summary>
    /// The family's scopes the client may still have (the operator may have narrowed its registration since the login):
    /// null when all of them; none left ends the login.
    /// </summary>
    private async Task<IReadOnlyList<string>?> StillAllowedScopesAsync(
        RefreshTokenFamily family, RegisteredClient client, CancellationToken cancellationToken)
    {
        var scopes = family.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var allowed = scopes.Where(s => client.AllowedScopes.Contains(s, StringComparer.Ordinal)).ToList();
        if (allowed.Count == scopes.Length)
        {
            return null;
        }
        if (allowed.Count == 0)
        {
            await refreshTokens.EndAsync(family, cancellationToken);
            _logger.LogInformation("Ended refresh token family {FamilyRef}: client {ClientId} may no longer have any of its scopes",
                family.LogReference, client.Id);
            throw new OAuthErrorException(OAuthErrors.InvalidGrant, "the client may no longer act for the resident; sign in again.");
        }
        _logger.LogInformation("Narrowed refresh token family {FamilyRef} to the scopes client {ClientId} still has", family.LogReference, client.Id);
        return allowed;
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
        Account account, string clientId, IReadOnlyList<string> granted, DateTimeOffset authTime, string sessionId, string? refreshToken)
    {
        var scopes = EffectiveScopes(account, granted);
        var access = await accessTokens.IssueAsync(new AccessTokenClaims(account.Id, clientId, scopes, SessionId: sessionId));
        var id = scopes.Contains(PortalScopes.OpenId, StringComparer.Ordinal)
            ? await idTokens.IssueAsync(account.Id, clientId, authTime, sessionId)
            : null;
        return new IssuedTokens(access.Token, access.ExpiresIn, string.Join(' ', scopes), account.Id, refreshToken, id);
    }
}
