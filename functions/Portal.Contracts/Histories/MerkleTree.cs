using System.Security.Cryptography;

namespace Portal.Contracts.Histories;

/// <summary>
/// The Merkle tree of RFC 9162 §2.1 over SHA-256: a leaf hashes as SHA-256(0x00 ‖ data), a node as
/// SHA-256(0x01 ‖ left ‖ right) (the prefixes keep a leaf from passing for a node), a tree of n leaves splits at the
/// largest power of two below n. Inclusion proofs (§2.1.3) are the sibling hashes from the leaf up.
/// </summary>
public static class MerkleTree
{
    private const byte LeafPrefix = 0x00;

    private const byte NodePrefix = 0x01;

    public static byte[] LeafHash(ReadOnlySpan<byte> data)
    {
        var prefixed = new byte[data.Length + 1];
        prefixed[0] = LeafPrefix;
        data.CopyTo(prefixed.AsSpan(1));
        return SHA256.HashData(prefixed);
    }

    /// <summary>MTH(D[n]) over leaf hashes already made by <see cref="LeafHash"/>.</summary>
    public static byte[] RootHash(IReadOnlyList<byte[]> leafHashes) => Root(leafHashes, 0, leafHashes.Count);

    /// <summary>PATH(m, D[n]) of §2.1.3.1: the audit path of leaf <paramref name="index"/>, nearest sibling first.</summary>
    public static IReadOnlyList<byte[]> AuditPath(IReadOnlyList<byte[]> leafHashes, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, leafHashes.Count);
        var path = new List<byte[]>();
        Path(leafHashes, index, 0, leafHashes.Count, path);
        return path;
    }

    /// <summary>The verification of §2.1.3.2: whether the path leads from the leaf at that index to the root.</summary>
    public static bool VerifyInclusion(byte[] leafHash, long index, long treeSize, IReadOnlyList<byte[]> auditPath, byte[] rootHash)
    {
        if (index < 0 || index >= treeSize)
        {
            return false;
        }
        var (fn, sn, r) = (index, treeSize - 1, leafHash);
        foreach (var p in auditPath)
        {
            if (sn == 0)
            {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn)
            {
                r = Node(p, r);
                if ((fn & 1) == 0)
                {
                    // The last node of a level with no right sibling: climb until this subtree is a right child.
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                r = Node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && CryptographicOperations.FixedTimeEquals(r, rootHash);
    }

    private static byte[] Root(IReadOnlyList<byte[]> leaves, int start, int count) => count switch
    {
        0 => SHA256.HashData(ReadOnlySpan<byte>.Empty),
        1 => leaves[start],
        _ => Node(Root(leaves, start, Split(count)), Root(leaves, start + Split(count), count - Split(count))),
    };

    private static void Path(IReadOnlyList<byte[]> leaves, int index, int start, int count, List<byte[]> path)
    {
        if (count <= 1)
        {
            return;
        }
        var k = Split(count);
        if (index < k)
        {
            Path(leaves, index, start, k, path);
            path.Add(Root(leaves, start + k, count - k));
        }
        else
        {
            Path(leaves, index - k, start + k, count - k, path);
            path.Add(Root(leaves, start, k));
        }
    }

    /// <summary>The largest power of two smaller than <paramref name="count"/> (count ≥ 2).</summary>
    private static int Split(int count) => 1 << (31 - int.LeadingZeroCount(count - 1));

    private static byte[] Node(byte[] left, byte[] right)
    {
        var data = new byte[1 + left.Length + right.Length];
        data[0] = NodePrefix;
        left.CopyTo(data, 1);
        right.CopyTo(data, 1 + left.Length);
        return SHA256.HashData(data);
    }
}
