using Microsoft.Azure.Cosmos;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Preferences;

/// <summary>The 通知設定 documents in <c>residents</c>: one per resident who saved them.</summary>
public sealed class NotificationPreferencesRepository(PortalDatabase database)
{
    private DocumentStore<NotificationPreferences> Store => new(database.Container(PortalContainers.Residents));

    public Task<Stored<NotificationPreferences>?> ReadAsync(string residentId, CancellationToken cancellationToken) =>
        Store.ReadAsync(NotificationPreferences.DocumentId, residentId, cancellationToken);

    /// <summary>Without <paramref name="ifMatch"/> the last write wins (the whole setting is replaced); with it, a
    /// version that is no longer current, or none saved, is a conflict. If-Match is compared without its quotes (HTTP
    /// quotes entity tags; the store may not: the local Cosmos stand-in's are bare), then the replace is conditional on
    /// the stored ETag itself.</summary>
    /// <exception cref="ConcurrencyConflictException">If-Match no longer current.</exception>
    public async Task<Stored<NotificationPreferences>> SaveAsync(NotificationPreferences preferences, string? ifMatch, CancellationToken cancellationToken)
    {
        if (ifMatch is null)
        {
            return await Store.UpsertAsync(preferences, cancellationToken);
        }
        var current = await ReadAsync(preferences.ResidentId, cancellationToken);
        if (current is null || !string.Equals(ifMatch.Trim().Trim('"'), current.ETag.Trim('"'), StringComparison.Ordinal))
        {
            throw new ConcurrencyConflictException(preferences.Id);
        }
        return await Store.TryReplaceAsync(preferences, current.ETag, cancellationToken) ?? throw new ConcurrencyConflictException(preferences.Id);
    }

    public Task<bool> DeleteAsync(string residentId, CancellationToken cancellationToken) =>
        Store.DeleteAsync(NotificationPreferences.DocumentId, residentId, null, cancellationToken);

    /// <summary>
    /// The saved preferences of a page of residents (each in their own partition): one cross-partition query per
    /// fan-out page rather than a read per resident. Residents who never saved are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, NotificationPreferences>> OfResidentsAsync(
        IReadOnlyCollection<string> residentIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, NotificationPreferences>(StringComparer.Ordinal);
        if (residentIds.Count == 0)
        {
            return found;
        }
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND ARRAY_CONTAINS(@ids, c.residentId)")
            .WithParameter("@type", NotificationPreferences.DocumentType)
            .WithParameter("@ids", residentIds);
        string? continuation = null;
        do
        {
            var page = await Store.QueryAsync(query, null, residentIds.Count, continuation, cancellationToken);
            foreach (var preferences in page.Items)
            {
                found[preferences.ResidentId] = preferences;
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return found;
    }
}
