using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;

namespace Portal.Domain.Identity.Sessions;

/// <summary>
/// ログイン中の端末: an account's logins, started by each card login, listed and ended by the resident. Ending a login
/// deletes its session document first (the per-request check then refuses its access tokens within 30 s) and then its
/// refresh-token family (so no new access token is made). An account's logins end with the account.
/// </summary>
public sealed class SessionService(
    SessionRepository sessions, RefreshTokenStore refreshTokens, OperationHistoryStore history, TimeProvider clock,
    ILogger<SessionService>? logger = null) : IAccountDeletionStep
{
    private readonly ILogger _logger = logger ?? NullLogger<SessionService>.Instance;

    /// <summary>Records a new login of <paramref name="accountId"/> through <paramref name="client"/>.</summary>
    /// <param name="family">Its refresh-token family; null for a client that may not refresh.</param>
    /// <param name="expiresAt">When the login can no longer be used (the family's idle end, or the access token's).</param>
    public Task<LoginSession> StartAsync(
        string sessionId, string accountId, RegisteredClient client, string deviceKind, RefreshTokenFamily? family,
        DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return sessions.CreateAsync(new LoginSession
        {
            Id = sessionId,
            ResidentId = accountId,
            ClientId = client.Id,
            ClientName = client.Name.Length > 0 ? client.Name : client.Id,
            DeviceKind = deviceKind,
            FamilyId = family?.FamilyId,
            StartedAt = now,
            LastUsedAt = now,
            ExpiresAt = expiresAt,
            Ttl = TtlUntil(expiresAt, now),
        }, cancellationToken);
    }

    /// <summary>A refresh of the login: last used now, usable until <paramref name="expiresAt"/>.</summary>
    /// <returns>False when the login was ended (the refresh must then fail).</returns>
    public Task<bool> TouchAsync(string accountId, string sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return sessions.TryUpdateAsync(accountId, sessionId,
            session => session with { LastUsedAt = now, ExpiresAt = expiresAt, Ttl = TtlUntil(expiresAt, now) }, cancellationToken);
    }

    /// <summary>A login whose tokens were never handed out (their issuance failed): ended without an 操作履歴 entry.</summary>
    public Task AbandonAsync(LoginSession session, CancellationToken cancellationToken) => EndAsync(session, cancellationToken);

    /// <summary>The resident's logins still usable, newest first.</summary>
    public async Task<IReadOnlyList<LoginSession>> ListAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return [.. (await sessions.ListAsync(resident.PrincipalId, cancellationToken))
            .Where(s => !s.IsExpiredAt(now))
            .OrderByDescending(s => s.StartedAt)];
    }

    /// <summary>Ends one of the resident's own logins (the asking one too: that is signing out).</summary>
    /// <exception cref="SessionNotFoundException">Not one of the resident's active logins (another's id included).</exception>
    public Task<string> EndAsync(ResidentContext resident, string sessionId, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, SessionOperations.End, id => id, async () =>
        {
            var session = await sessions.FindAsync(resident.PrincipalId, sessionId, cancellationToken);
            if (session is null || session.IsExpiredAt(clock.GetUtcNow()) || !await EndAsync(session, cancellationToken))
            {
                throw new SessionNotFoundException(sessionId);
            }
            return session.Id;
        }, cancellationToken);

    /// <summary>Ends every login of the resident's account, the asking one included.</summary>
    /// <returns>How many were ended.</returns>
    public Task<int> EndAllAsync(ResidentContext resident, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, SessionOperations.EndAll, count => count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            () => EndEveryAsync(resident.PrincipalId, cancellationToken), cancellationToken);

    /// <summary>The account is being deleted: its logins end with it (its deletion is what the history records).</summary>
    public Task RunAsync(string accountId, CancellationToken cancellationToken) => EndEveryAsync(accountId, cancellationToken);

    private async Task<int> EndEveryAsync(string accountId, CancellationToken cancellationToken)
    {
        var ended = 0;
        foreach (var session in await sessions.ListAsync(accountId, cancellationToken))
        {
            ended += await EndAsync(session, cancellationToken) && !session.IsExpiredAt(clock.GetUtcNow()) ? 1 : 0;
        }
        _logger.LogInformation("Ended {Count} logins of account {AccountId}", ended, accountId);
        return ended;
    }

    /// <returns>False when someone else ended it first.</returns>
    private async Task<bool> EndAsync(LoginSession session, CancellationToken cancellationToken)
    {
        if (!await sessions.DeleteAsync(session.ResidentId, session.Id, cancellationToken))
        {
            return false;
        }
        if (session.FamilyId is { } familyId)
        {
            await refreshTokens.EndFamilyAsync(familyId, cancellationToken);
        }
        return true;
    }

    private static int TtlUntil(DateTimeOffset end, DateTimeOffset now) => (int)Math.Max(1, Math.Ceiling((end - now).TotalSeconds));
}
