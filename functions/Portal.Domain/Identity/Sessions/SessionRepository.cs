using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Sessions;

/// <summary><see cref="LoginSession"/>s in <see cref="PortalContainers.Residents"/>, in the partition of their account.</summary>
public sealed class SessionRepository(PortalDatabase database)
{
    private const int PageSize = 100;

    private readonly DocumentStore<LoginSession> _store = new(database.Container(PortalContainers.Residents));

    /// <summary>The point read of the per-request check: by the token's <c>sub</c> and <c>sid</c>.</summary>
    public async Task<LoginSession?> FindAsync(string accountId, string sessionId, CancellationToken cancellationToken) =>
        SessionIdentifiers.IsSessionId(sessionId)
        && await _store.ReadAsync(sessionId, accountId, cancellationToken) is { Document.Type: LoginSession.DocumentType } stored
            ? stored.Document
            : null;

    public async Task<LoginSession> CreateAsync(LoginSession session, CancellationToken cancellationToken) =>
        (await _store.CreateAsync(session, cancellationToken)).Document;

    /// <summary>Every login of the account, expired ones included (their TTL has not run out yet).</summary>
    public async Task<IReadOnlyList<LoginSession>> ListAsync(string accountId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.residentId = @account AND c.type = @type")
            .WithParameter("@account", accountId)
            .WithParameter("@type", LoginSession.DocumentType);
        var sessions = new List<LoginSession>();
        string? continuation = null;
        do
        {
            var page = await _store.QueryAsync(query, accountId, PageSize, continuation, cancellationToken);
            sessions.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return sessions;
    }

    /// <summary>Changes the session only while it exists: a refresh never brings an ended login back.</summary>
    /// <returns>False when there is no such session (ended, expired, or never one of this account's).</returns>
    public async Task<bool> TryUpdateAsync(
        string accountId, string sessionId, Func<LoginSession, LoginSession> change, CancellationToken cancellationToken)
    {
        if (!SessionIdentifiers.IsSessionId(sessionId)
            || await _store.ReadAsync(sessionId, accountId, cancellationToken) is not { Document.Type: LoginSession.DocumentType } stored)
        {
            return false;
        }
        // Lost to a concurrent end (deleted) or refresh (changed): whether it still exists is the answer.
        return await _store.TryReplaceAsync(change(stored.Document), stored.ETag, cancellationToken) is not null
            || await _store.ReadAsync(sessionId, accountId, cancellationToken) is not null;
    }

    /// <returns>False when there was nothing to delete.</returns>
    public Task<bool> DeleteAsync(string accountId, string sessionId, CancellationToken cancellationToken) =>
        _store.DeleteAsync(sessionId, accountId, null, cancellationToken);
}
