namespace Portal.Contracts.Histories;

/// <summary>
/// That the resident's history head was a leaf of a day's signed tree: the tree head, the leaf (the head as it stood
/// then, possibly older than the export's), its index and the audit path (RFC 9162 §2.1.3, hex, nearest first).
/// </summary>
public sealed record TreeInclusion(string TreeHead, TreeLeaf Leaf, long LeafIndex, IReadOnlyList<string> AuditPath);
