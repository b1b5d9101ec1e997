using System.Text.Json.Nodes;
using Portal.Contracts.Histories;
using Portal.Domain.Histories.Trees;

namespace Portal.Domain.Histories;

/// <summary>
/// A resident's chained history as they can keep and verify it: every entry as the hash covers it plus its hash, and
/// a head signed over the last one read (so the head always matches the export, even while appends run), and, where
/// the daily trees run (<paramref name="trees"/>), the proof that the head the latest tree holds is this history's.
/// </summary>
public sealed class HistoryExporter(HistoryHeadSigner signer, HistoryTreeProofs? trees = null)
{
    public async Task<HistoryExport> ExportAsync<T>(
        string history, string residentId, HashChain<T> chain, IEnumerable<T> beforeChain, CancellationToken cancellationToken)
        where T : IChainedEntry<T>
    {
        var state = await chain.ReadAsync(residentId, cancellationToken);
        var (sequence, hash) = state.Entries.Count > 0 ? (state.Entries[^1].Sequence!.Value, state.Entries[^1].Hash!)
            : state.Checkpoint is { } checkpoint ? (checkpoint.FirstSequence - 1, checkpoint.PreviousHash)
            : (0L, HistoryChainHash.Genesis);
        return new HistoryExport(history, state.Checkpoint?.ToContract(),
            [.. state.Entries.Select(Exported)], [.. beforeChain.Select(e => e.ToEntry())],
            signer.Sign(history, residentId, sequence, hash),
            trees is null ? null : await trees.InclusionAsync(history, residentId, cancellationToken));
    }

    private static JsonObject Exported<T>(T entry) where T : IChainedEntry<T>
    {
        var exported = entry.ToEntry();
        exported[HistoryChainHash.HashMember] = entry.Hash;
        return exported;
    }
}
