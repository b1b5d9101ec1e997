using System.Globalization;
using Microsoft.Extensions.Logging;
using Portal.Contracts.Histories;

namespace Portal.Domain.Histories.Trees;

/// <summary>
/// The daily run: every resident's head of every chained history as a leaf, the RFC 9162 tree hash over them, a tree
/// head signed with the history key, stored once per day (Japan time). A second run the same day finds it and stops.
/// </summary>
public sealed class DailyHistoryTree(
    IEnumerable<ChainedHistory> histories, ChainHeads heads, HistoryTreeStore store, HistoryKeyRing keys, TimeProvider clock,
    ILogger<DailyHistoryTree> logger)
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    /// <returns>False when the day's tree was already there.</returns>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var day = now.ToOffset(Japan).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (await store.ReadAsync(day, cancellationToken) is not null)
        {
            return false;
        }
        var leaves = new List<TreeLeaf>();
        foreach (var history in histories)
        {
            leaves.AddRange(await heads.ReadAsync(history, cancellationToken));
        }
        var ordered = HistoryTree.Order(leaves);
        var root = MerkleTree.RootHash([.. ordered.Select(l => l.LeafHash())]);
        var key = keys.Current;
        var head = CompactJws.Sign(key.Key, key.KeyId, TreeHead.Type,
            new TreeHead(ordered.Count, Convert.ToHexStringLower(root), day, now).ToPayload());
        // Two runs racing both build it; the create lets one in, and both trees would hold the same heads anyway.
        var written = await store.CreateAsync(new HistoryTree(day, head, ordered), cancellationToken);
        logger.LogInformation("History tree of {Day}: {Leaves} leaves, written: {Written}", day, ordered.Count, written);
        return written;
    }
}
