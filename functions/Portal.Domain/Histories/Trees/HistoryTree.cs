using Portal.Contracts.Histories;

namespace Portal.Domain.Histories.Trees;

/// <summary>A day's tree as stored: its signed head and every leaf in tree order (what inclusion proofs are made from).</summary>
public sealed record HistoryTree(string Day, string TreeHead, IReadOnlyList<TreeLeaf> Leaves)
{
    /// <summary>The leaves in tree order: by history, then resident, ordinal — the same order whoever builds it.</summary>
    public static IReadOnlyList<TreeLeaf> Order(IEnumerable<TreeLeaf> leaves) =>
        [.. leaves.OrderBy(l => l.History, StringComparer.Ordinal).ThenBy(l => l.Sub, StringComparer.Ordinal)];

    /// <returns>Null when the resident's history had no head in this tree.</returns>
    public TreeInclusion? InclusionOf(string history, string residentId)
    {
        var index = Leaves.ToList().FindIndex(l => l.History == history && l.Sub == residentId);
        if (index < 0)
        {
            return null;
        }
        var path = MerkleTree.AuditPath([.. Leaves.Select(l => l.LeafHash())], index);
        return new TreeInclusion(TreeHead, Leaves[index], index, [.. path.Select(Convert.ToHexStringLower)]);
    }
}
