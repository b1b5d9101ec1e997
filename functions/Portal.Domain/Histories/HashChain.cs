using Microsoft.Azure.Cosmos;
using Portal.Contracts.Histories;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories;

/// <summary>
/// A resident's history as a hash chain in their partition of <paramref name="container"/> (partitioned by
/// <c>/residentId</c>): entry n's hash is SHA-256(entry n−1's hash ‖ canonical entry n). No transactions: an append
/// creates the document of the next sequence number, and a create fails if the number is taken, so two appends can
/// never write the same number (no fork), and a number is taken only by a complete entry (no gap).
/// </summary>
public sealed class HashChain<T>(Container container) where T : IChainedEntry<T>
{
    private const int ReadPageSize = 500;

    private readonly DocumentStore<T> _entries = new(container);
    private readonly DocumentStore<ChainHead> _heads = new(container);
    private readonly DocumentStore<ChainCheckpoint> _checkpoints = new(container);
    private readonly DocumentStore<ChainClaim> _claims = new(container);

    /// <summary>
    /// Appends the entry <paramref name="draft"/> makes for a sequence number. Costs one read (the head hint), the
    /// create and the hint's update; each number lost to a concurrent append costs a read of the winner, whose hash is
    /// the previous one of the next try (the draft is made again, so its time is after the winner's).
    /// </summary>
    public async Task<T> AppendAsync(string residentId, Func<long, T> draft, CancellationToken cancellationToken)
    {
        var (sequence, hash) = await StartAsync(residentId, cancellationToken);
        while (true)
        {
            var entry = draft(sequence + 1);
            try
            {
                var stored = (await _entries.CreateAsync(entry.WithHash(HistoryChainHash.Next(hash, entry.ToEntry())), cancellationToken)).Document;
                await MoveHeadAsync(residentId, stored, cancellationToken);
                return stored;
            }
            catch (DuplicateDocumentException)
            {
                var taken = await _entries.ReadAsync(ChainIds.Entry(sequence + 1), residentId, cancellationToken)
                    ?? throw new InvalidOperationException("A chain entry that existed a moment ago is gone: only retention deletes entries, and never the newest.");
                sequence++;
                hash = taken.Document.Hash!;
            }
        }
    }

    /// <summary>
    /// Appends the one entry of <paramref name="key"/> (an outbox message's id) exactly once, however many deliveries of
    /// it run, one after another or at the same moment. The first creates a claim (create-if-absent on the key) naming
    /// the number to take; everyone then creates the entry only at the claim's number, and moves the claim on (with its
    /// ETag) only after reading that another key's entry holds that number. So the key's entry is only ever at the
    /// claim's number, and the claim never moves past it: a second copy would need the claim to pass the first, which
    /// it does only over a number whose entry is not the key's — and a number's entry never changes once created. Two
    /// deliveries at once race for the same number with the same entry; the loser reads it, sees the key, and stops. A
    /// delivery that died half way leaves the claim, and the next one carries on from it. No query, no lease, no timing.
    /// </summary>
    /// <param name="isKey">Whether an entry read back is this key's.</param>
    /// <param name="keep">How long the claim outlives the append (as long as a redelivery could come, at least).</param>
    /// <returns>The key's entry, written now or before.</returns>
    public async Task<T> AppendOnceAsync(
        string residentId, string key, Func<T, bool> isKey, Func<long, T> draft, TimeSpan keep, CancellationToken cancellationToken)
    {
        var claimId = ChainIds.Claim(key);
        (long Sequence, string Hash)? known = null;
        var claim = await _claims.ReadAsync(claimId, residentId, cancellationToken);
        if (claim is null)
        {
            var start = await StartAsync(residentId, cancellationToken);
            known = start;
            try
            {
                claim = await _claims.CreateAsync(new ChainClaim(claimId, residentId, start.Sequence + 1, (int)keep.TotalSeconds), cancellationToken);
            }
            catch (DuplicateDocumentException)
            {
                claim = await ReadClaimAsync(claimId, residentId, cancellationToken);
            }
        }
        while (true)
        {
            var sequence = claim.Document.Sequence;
            var previous = known is { } k && k.Sequence == sequence - 1 ? k.Hash : await HashBeforeAsync(residentId, sequence, cancellationToken);
            var entry = draft(sequence);
            try
            {
                var stored = (await _entries.CreateAsync(entry.WithHash(HistoryChainHash.Next(previous, entry.ToEntry())), cancellationToken)).Document;
                await MoveHeadAsync(residentId, stored, cancellationToken);
                return stored;
            }
            catch (DuplicateDocumentException)
            {
                var taken = (await _entries.ReadAsync(ChainIds.Entry(sequence), residentId, cancellationToken)
                    ?? throw new InvalidOperationException("A chain entry that existed a moment ago is gone: only retention deletes entries, and never the newest.")).Document;
                if (isKey(taken))
                {
                    return taken;
                }
                known = (sequence, taken.Hash!);
                // Another key's entry holds the number: move the claim past it, unless another delivery just did.
                claim = await _claims.TryReplaceAsync(claim.Document with { Sequence = sequence + 1 }, claim.ETag, cancellationToken)
                    ?? await ReadClaimAsync(claimId, residentId, cancellationToken);
            }
        }
    }

    /// <summary>The whole chain from its checkpoint, oldest first (a consistent prefix even while appends run).</summary>
    public async Task<ChainState<T>> ReadAsync(string residentId, CancellationToken cancellationToken)
    {
        var checkpoint = (await _checkpoints.ReadAsync(ChainIds.Checkpoint, residentId, cancellationToken))?.Document;
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.residentId = @resident AND c.id >= @first AND c.id < @end ORDER BY c.id")
            .WithParameter("@resident", residentId)
            .WithParameter("@first", ChainIds.Entry(checkpoint?.FirstSequence ?? 1))
            .WithParameter("@end", ChainIds.AfterEntries);
        var entries = new List<T>();
        string? continuation = null;
        do
        {
            var page = await _entries.QueryAsync(query, residentId, ReadPageSize, continuation, cancellationToken);
            entries.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return new ChainState<T>(checkpoint, entries);
    }

    /// <summary>
    /// Retention: the chain starts at <paramref name="firstKept"/> from now on. The checkpoint is written first and
    /// only moves forward; then the older entries are deleted (a crash between leaves extra entries, never a broken chain).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstKept"/> is not an entry of the chain.</exception>
    public async Task TrimAsync(string residentId, long firstKept, CancellationToken cancellationToken)
    {
        var current = (await _checkpoints.ReadAsync(ChainIds.Checkpoint, residentId, cancellationToken))?.Document;
        var from = current?.FirstSequence ?? 1;
        if (firstKept <= from)
        {
            return;
        }
        var before = await _entries.ReadAsync(ChainIds.Entry(firstKept - 1), residentId, cancellationToken);
        if (before is null || await _entries.ReadAsync(ChainIds.Entry(firstKept), residentId, cancellationToken) is null)
        {
            throw new ArgumentOutOfRangeException(nameof(firstKept), "Retention keeps at least the newest entry and trims only what exists.");
        }
        await _checkpoints.UpsertAsync(new ChainCheckpoint(residentId, firstKept, before.Document.Hash!), cancellationToken);
        // A hint behind the checkpoint would point appends at deleted numbers: it moves up to the checkpoint first.
        if ((await _heads.ReadAsync(ChainIds.Head, residentId, cancellationToken))?.Document is { } head && head.Sequence < firstKept - 1)
        {
            await _heads.UpsertAsync(new ChainHead(residentId, firstKept - 1, before.Document.Hash!), cancellationToken);
        }
        for (var sequence = from; sequence < firstKept; sequence++)
        {
            await _entries.DeleteAsync(ChainIds.Entry(sequence), residentId, null, cancellationToken);
        }
    }

    private async Task<(long Sequence, string Hash)> StartAsync(string residentId, CancellationToken cancellationToken)
    {
        if ((await _heads.ReadAsync(ChainIds.Head, residentId, cancellationToken))?.Document is { } head)
        {
            return (head.Sequence, head.Hash);
        }
        // No hint: a new chain, or one whose hint updates all failed (probing forward finds what they wrote). Never
        // below the checkpoint, where deleted numbers would be free to take again.
        var checkpoint = (await _checkpoints.ReadAsync(ChainIds.Checkpoint, residentId, cancellationToken))?.Document;
        return checkpoint is null ? (0, HistoryChainHash.Genesis) : (checkpoint.FirstSequence - 1, checkpoint.PreviousHash);
    }

    private async Task<Stored<ChainClaim>> ReadClaimAsync(string claimId, string residentId, CancellationToken cancellationToken) =>
        await _claims.ReadAsync(claimId, residentId, cancellationToken)
            ?? throw new InvalidOperationException("A claim that existed a moment ago is gone: claims only expire, long after their append.");

    /// <summary>The hash entry <paramref name="sequence"/> chains to: its predecessor's, the checkpoint's, or the genesis.</summary>
    private async Task<string> HashBeforeAsync(string residentId, long sequence, CancellationToken cancellationToken)
    {
        if (sequence == 1)
        {
            return HistoryChainHash.Genesis;
        }
        if (await _entries.ReadAsync(ChainIds.Entry(sequence - 1), residentId, cancellationToken) is { } before)
        {
            return before.Document.Hash!;
        }
        return (await _checkpoints.ReadAsync(ChainIds.Checkpoint, residentId, cancellationToken))?.Document is { } checkpoint
            && checkpoint.FirstSequence == sequence
            ? checkpoint.PreviousHash
            : throw new InvalidOperationException("A claim names a number whose predecessor is gone: retention never trims the newest entry.");
    }

    private async Task MoveHeadAsync(string residentId, T stored, CancellationToken cancellationToken)
    {
        try
        {
            await _heads.UpsertAsync(new ChainHead(residentId, stored.Sequence!.Value, stored.Hash!), cancellationToken);
        }
        catch (DependencyUnavailableException)
        {
            // The entry is written; a hint left behind only costs the next append a read per number it lags.
        }
    }
}
