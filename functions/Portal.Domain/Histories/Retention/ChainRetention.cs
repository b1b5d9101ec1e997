using Microsoft.Azure.Cosmos;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories.Retention;

/// <summary>
/// Retention of one chained history (partitioned by <c>/residentId</c>): every chain that holds an entry older than
/// the cut-off is trimmed after its newest such entry, through <see cref="HashChain{T}.TrimAsync"/> (checkpoint first),
/// always keeping the chain's newest entry. The candidates come from one cross-partition query over the old entries
/// only, so a chain with nothing to delete costs nothing; once trimmed, a chain is found again only by what aged since.
/// </summary>
public sealed class ChainRetention<T>(Container container) where T : IChainedEntry<T>
{
    private const int CandidatePageSize = 1000;

    private readonly HashChain<T> _chain = new(container);
    private readonly DocumentStore<T> _entries = new(container);
    private readonly DocumentStore<ChainCheckpoint> _checkpoints = new(container);

    private sealed record Row(string ResidentId, long Seq);

    /// <summary>The oldest and newest sequence numbers of a resident's entries older than the cut-off.</summary>
    public readonly record struct Aged(long Oldest, long Newest);

    /// <summary>Residents whose chain holds entries older than <paramref name="cutoff"/>, with the range of those entries.</summary>
    public async Task<IReadOnlyDictionary<string, Aged>> FindAgedAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // Entries before the chain (no seq) are not the chain's to trim.
        var query = new QueryDefinition("SELECT c.residentId, c.seq FROM c WHERE IS_DEFINED(c.seq) AND c.timeKey < @cutoff")
            .WithParameter("@cutoff", HistoryQueryText.TimeKey(cutoff));
        var aged = new Dictionary<string, Aged>(StringComparer.Ordinal);
        using var iterator = container.GetItemQueryIterator<Row>(query, null, new QueryRequestOptions { MaxItemCount = CandidatePageSize });
        while (iterator.HasMoreResults)
        {
            FeedResponse<Row> page;
            try
            {
                page = await iterator.ReadNextAsync(cancellationToken);
            }
            catch (Exception e) when (StorageFailures.IsUnavailable(e))
            {
                throw new DependencyUnavailableException("cosmos", e);
            }
            foreach (var row in page)
            {
                aged[row.ResidentId] = aged.TryGetValue(row.ResidentId, out var seen)
                    ? new Aged(Math.Min(seen.Oldest, row.Seq), Math.Max(seen.Newest, row.Seq))
                    : new Aged(row.Seq, row.Seq);
            }
        }
        return aged;
    }

    /// <summary>
    /// Deletes a resident's <paramref name="aged"/> entries but the chain's newest, and any left below the checkpoint by
    /// a trim that stopped half way.
    /// </summary>
    /// <returns>How many entries were deleted (0: the chain was already as retention wants it).</returns>
    public async Task<long> TrimAsync(string residentId, Aged aged, CancellationToken cancellationToken)
    {
        // Sequence order is time order (an outbox delay of minutes is nothing against 7 years), so the aged entries
        // are a prefix of the chain. If nothing follows them, they are the whole chain: the newest stays.
        var firstKept = await _entries.ReadAsync(ChainIds.Entry(aged.Newest + 1), residentId, cancellationToken) is null
            ? aged.Newest
            : aged.Newest + 1;
        if (firstKept <= aged.Oldest)
        {
            return 0;
        }
        var before = (await _checkpoints.ReadAsync(ChainIds.Checkpoint, residentId, cancellationToken))?.Document?.FirstSequence ?? 1;
        if (firstKept > before)
        {
            await _chain.TrimAsync(residentId, firstKept, cancellationToken);
        }
        // Entries under a checkpoint written earlier are outside the chain already; a trim that crashed left them.
        var deleted = Math.Max(0, firstKept - Math.Max(before, aged.Oldest));
        for (var sequence = aged.Oldest; sequence < Math.Min(before, firstKept); sequence++)
        {
            if (await _entries.DeleteAsync(ChainIds.Entry(sequence), residentId, null, cancellationToken))
            {
                deleted++;
            }
        }
        return deleted;
    }
}
