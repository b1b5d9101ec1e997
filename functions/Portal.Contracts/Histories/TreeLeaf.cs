using System.Text.Json.Nodes;
using Portal.Contracts.Canonical;

namespace Portal.Contracts.Histories;

/// <summary>
/// One leaf of the daily tree: a resident's history head as it stood when the tree was made. Its leaf hash is
/// SHA-256(0x00 ‖ RFC 8785 canonical {history, sub, seq, hash}), so anyone holding the four values can recompute it.
/// </summary>
public sealed record TreeLeaf(string History, string Sub, long Seq, string Hash)
{
    public byte[] LeafHash() => MerkleTree.LeafHash(JsonCanonicalizer.Canonicalize(new JsonObject
    {
        ["history"] = History,
        ["sub"] = Sub,
        ["seq"] = Seq,
        ["hash"] = Hash,
    }));
}
