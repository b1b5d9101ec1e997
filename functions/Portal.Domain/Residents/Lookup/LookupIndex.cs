using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Residents.Lookup;

/// <summary>
/// Key of the basic 4 items → the consenting accounts. A hint, never the truth: the account is written first and the
/// lookup checks each account it finds, so an entry left behind by a failed removal matches nobody.
/// </summary>
public sealed class LookupIndex(PortalDatabase database, TimeProvider clock)
{
    /// <summary>More than this many under one key is as good as many: the lookup answers only a single match.</summary>
    private const int MaxCandidates = 5;

    private readonly DocumentStore<LookupEntry> _store = new(database.Container(PortalContainers.Residents));

    public Task PutAsync(string key, string accountId, CancellationToken cancellationToken) =>
        _store.UpsertAsync(new LookupEntry { Id = accountId, ResidentId = LookupEntry.PartitionOf(key), WrittenAt = clock.GetUtcNow() }, cancellationToken);

    public Task RemoveAsync(string key, string accountId, CancellationToken cancellationToken) =>
        _store.DeleteAsync(accountId, LookupEntry.PartitionOf(key), null, cancellationToken);

    /// <summary>The accounts filed under <paramref name="key"/>: one partition, at most a handful.</summary>
    public async Task<IReadOnlyList<string>> FindAsync(string key, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", LookupEntry.DocumentType);
        var page = await _store.QueryAsync(query, LookupEntry.PartitionOf(key), MaxCandidates, null, cancellationToken);
        return [.. page.Items.Select(e => e.Id)];
    }
}
