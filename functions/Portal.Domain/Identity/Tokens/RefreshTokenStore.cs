using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Errors;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// Rotating refresh tokens, one <see cref="RefreshTokenFamily"/> per login. A rotation is an ETag-conditional replace,
/// so of two refreshes with the same token exactly one wins; a token that is not the family's current one (a rotated
/// one replayed, most likely by a thief or by the client it was stolen from) ends the whole family.
/// </summary>
/// <remarks>
/// Ending a family (sign-out, reuse) appends to the account's 操作履歴; the target is the family's log reference. It
/// ends the family's login (<see cref="LoginSession"/>) first, so its access tokens stop working at once (within the
/// per-request check's cache) even if deleting the family itself then fails.
/// </remarks>
public sealed class RefreshTokenStore(
    PortalDatabase database, SessionRepository sessions, OperationHistoryStore history, IOptions<TokenOptions> options,
    TimeProvider clock, ILogger<RefreshTokenStore>? logger = null)
{
    /// <summary>
    /// How long the token just rotated away is answered invalid_grant without ending the login: a network retry of a
    /// refresh whose answer was lost, or two tabs of one client refreshing at once, present it within a second or two.
    /// A thief replaying it later still ends the family. Kept small on purpose: within it, a replay goes unnoticed.
    /// </summary>
    public static readonly TimeSpan ReuseGrace = TimeSpan.FromSeconds(5);

    private readonly DocumentStore<RefreshTokenFamily> _store = new(database.Container(PortalContainers.Grants));

    private readonly ILogger _logger = logger ?? NullLogger<RefreshTokenStore>.Instance;

    /// <summary>Starts the family of a new login (<paramref name="sessionId"/>); returns it with its first refresh token.</summary>
    /// <param name="certificate">The card certificate of the login (null only for logins not made with a card).</param>
    public async Task<RefreshTokenRotation> CreateAsync(
        string accountId, string clientId, string scope, DateTimeOffset authTime, string sessionId, CertificateName? certificate,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var familyId = NewSecret(16);
        var secret = NewSecret(32);
        var expires = now + settings.RefreshTokenLifetime;
        var idle = Min(now + settings.RefreshTokenIdleTimeout, expires);
        var created = await _store.CreateAsync(new RefreshTokenFamily
        {
            Id = RefreshTokenFamily.IdPrefix + familyId,
            CurrentHash = HashOf(secret),
            AccountId = accountId,
            ClientId = clientId,
            SessionId = sessionId,
            Certificate = certificate,
            Scope = scope,
            AuthTime = authTime,
            CreatedAt = now,
            ExpiresAt = expires,
            IdleExpiresAt = idle,
            Ttl = TtlUntil(idle, now),
        }, cancellationToken);
        return new RefreshTokenRotation(created.Document, $"{familyId}.{secret}");
    }

    /// <summary>Spends <paramref name="refreshToken"/> and hands out its successor.</summary>
    /// <exception cref="OAuthErrorException">As <see cref="PresentAsync"/> and <see cref="RotateAsync(PresentedRefreshToken, IReadOnlyList{string}?, CancellationToken)"/>.</exception>
    public async Task<RefreshTokenRotation> RotateAsync(string? refreshToken, string clientId, CancellationToken cancellationToken) =>
        await RotateAsync(await PresentAsync(refreshToken, clientId, cancellationToken), null, cancellationToken);

    /// <summary>Finds the family whose current token <paramref name="refreshToken"/> is, without spending it.</summary>
    /// <exception cref="OAuthErrorException">invalid_grant: unknown, expired, of another client, or already used (the
    /// family is then revoked, unless it is the token rotated away within <see cref="ReuseGrace"/>).</exception>
    public async Task<PresentedRefreshToken> PresentAsync(string? refreshToken, string clientId, CancellationToken cancellationToken)
    {
        var (stored, secret) = await FindAsync(refreshToken, cancellationToken);
        var family = stored.Document;
        if (!string.Equals(family.ClientId, clientId, StringComparison.Ordinal))
        {
            throw InvalidGrant("the refresh token was issued to another client.");
        }
        var now = clock.GetUtcNow();
        if (family.IsExpiredAt(now))
        {
            await EndAsync(family, cancellationToken);
            throw InvalidGrant("the refresh token has expired.");
        }
        var hash = HashOf(secret);
        if (hash != family.CurrentHash && IsJustRotatedAway(family, hash, now))
        {
            // The same client (checked above) again with the token it spent a moment ago: a retry, not a theft.
            throw InvalidGrant("the refresh token was just used; use the one issued with it.");
        }
        if (hash != family.CurrentHash)
        {
            await EndAsync(family, cancellationToken);
            _logger.LogWarning("A {Kind} refresh token of family {FamilyRef} (client {ClientId}) was presented; the family is revoked",
                family.PreviousHashes.Contains(hash) ? "rotated" : "unknown", family.LogReference, family.ClientId);
            await history.AppendAsync(ResidentContext.Self(family.AccountId, family.ClientId), SessionOperations.ReuseRevoked,
                family.LogReference, OperationOutcome.Refused, cancellationToken);
            throw InvalidGrant("the refresh token was already used; sign in again.");
        }
        return new PresentedRefreshToken(stored);
    }

    /// <summary>Spends a presented token and hands out its successor.</summary>
    /// <param name="narrowedScopes">Fewer scopes than the family had (its client may no longer have them all): kept
    /// from now on, so the login never widens again.</param>
    /// <exception cref="OAuthErrorException">invalid_grant: lost a race with a concurrent refresh.</exception>
    public async Task<RefreshTokenRotation> RotateAsync(
        PresentedRefreshToken presented, IReadOnlyList<string>? narrowedScopes, CancellationToken cancellationToken)
    {
        var family = presented.Family;
        var now = clock.GetUtcNow();
        var next = NewSecret(32);
        var idle = Min(now + options.Value.RefreshTokenIdleTimeout, family.ExpiresAt);
        var rotated = family with
        {
            CurrentHash = HashOf(next),
            PreviousHashes = [.. family.PreviousHashes.TakeLast(RefreshTokenFamily.PreviousHashesKept - 1), family.CurrentHash],
            Scope = narrowedScopes is null ? family.Scope : string.Join(' ', narrowedScopes),
            IdleExpiresAt = idle,
            RotatedAt = now,
            Rotations = family.Rotations + 1,
            Ttl = TtlUntil(idle, now),
        };
        try
        {
            var replaced = await _store.ReplaceAsync(rotated, presented.Stored.ETag, cancellationToken);
            return new RefreshTokenRotation(replaced.Document, $"{family.FamilyId}.{next}");
        }
        catch (ConcurrencyConflictException)
        {
            // Another refresh with the same token won (or the family was revoked meanwhile): this one gets nothing.
            throw InvalidGrant("the refresh token was already used.");
        }
    }

    private static bool IsJustRotatedAway(RefreshTokenFamily family, string hash, DateTimeOffset now) =>
        family is { RotatedAt: { } rotatedAt, PreviousHashes: [.., var justSpent] }
        && justSpent == hash && now - rotatedAt < ReuseGrace;

    /// <summary>
    /// RFC 7009 for refresh tokens: ends the family of <paramref name="refreshToken"/> when it is one of the family's
    /// (current or rotated) and was issued to <paramref name="clientId"/>. Anything else is left alone.
    /// </summary>
    /// <returns>Whether a family was revoked (false: not a refresh token of ours, or already ended).</returns>
    /// <exception cref="OAuthErrorException">invalid_grant: a real refresh token of another client (RFC 7009 §2.1 refuses
    /// it); nothing is revoked. A wrong secret is answered as unknown, so guessing tells nothing.</exception>
    public async Task<bool> RevokeAsync(string? refreshToken, string clientId, CancellationToken cancellationToken)
    {
        if (Parse(refreshToken) is not ({ } familyId, { } secret))
        {
            return false;
        }
        var id = RefreshTokenFamily.IdPrefix + familyId;
        var family = (await _store.ReadAsync(id, id, cancellationToken))?.Document;
        var hash = HashOf(secret);
        if (family is null || (family.CurrentHash != hash && !family.PreviousHashes.Contains(hash)))
        {
            return false;
        }
        if (!string.Equals(family.ClientId, clientId, StringComparison.Ordinal))
        {
            throw InvalidGrant("the refresh token was issued to another client.");
        }
        if (!await EndAsync(family, cancellationToken))
        {
            return false;
        }
        await history.AppendAsync(ResidentContext.Self(family.AccountId, family.ClientId), SessionOperations.SignOut,
            family.LogReference, OperationOutcome.Succeeded, cancellationToken);
        return true;
    }

    /// <summary>Ends a family outright (its account is gone, say), and its login.</summary>
    /// <returns>False when the family was already gone.</returns>
    public async Task<bool> EndAsync(RefreshTokenFamily family, CancellationToken cancellationToken)
    {
        if (family.SessionId is { } sessionId)
        {
            await sessions.DeleteAsync(family.AccountId, sessionId, cancellationToken);
        }
        return await _store.DeleteAsync(family.Id, family.PartitionKey, null, cancellationToken);
    }

    /// <summary>Ends the family of a login that was ended (its session document is already gone).</summary>
    public Task<bool> EndFamilyAsync(string familyId, CancellationToken cancellationToken)
    {
        var id = RefreshTokenFamily.IdPrefix + familyId;
        return _store.DeleteAsync(id, id, null, cancellationToken);
    }

    public async Task<RefreshTokenFamily?> FindFamilyAsync(string familyId, CancellationToken cancellationToken)
    {
        var id = RefreshTokenFamily.IdPrefix + familyId;
        return (await _store.ReadAsync(id, id, cancellationToken))?.Document;
    }

    private async Task<(Stored<RefreshTokenFamily> Stored, string Secret)> FindAsync(string? refreshToken, CancellationToken cancellationToken)
    {
        if (Parse(refreshToken) is not ({ } familyId, { } secret))
        {
            throw InvalidGrant("the refresh token is malformed.");
        }
        var id = RefreshTokenFamily.IdPrefix + familyId;
        var stored = await _store.ReadAsync(id, id, cancellationToken)
            ?? throw InvalidGrant("the refresh token is unknown, expired or revoked.");
        return (stored, secret);
    }

    /// <summary>"&lt;familyId&gt;.&lt;secret&gt;", both base64url; null for anything else.</summary>
    private static (string FamilyId, string Secret)? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return null;
        }
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1)
        {
            return null;
        }
        var (familyId, secret) = (token[..dot], token[(dot + 1)..]);
        return IsBase64Url(familyId) && IsBase64Url(secret) ? (familyId, secret) : null;
    }

    private static bool IsBase64Url(string value) => value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string HashOf(string secret) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string NewSecret(int bytes) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));

    private static int TtlUntil(DateTimeOffset end, DateTimeOffset now) => (int)Math.Max(1, Math.Ceiling((end - now).TotalSeconds));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static OAuthErrorException InvalidGrant(string description) => new(OAuthErrors.InvalidGrant, description);
}
