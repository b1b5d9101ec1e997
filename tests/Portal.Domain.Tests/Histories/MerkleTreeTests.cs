using Portal.Contracts.Histories;

namespace Portal.Domain.Tests.Histories;

/// <summary>
/// The RFC 9162 Merkle tree against the reference vectors of Certificate Transparency's implementations (eight leaves
/// of growing length, each prefix a tree), and every inclusion proof of every tree size up to 8 round-tripping.
/// </summary>
public sealed class MerkleTreeTests
{
    private static readonly byte[][] Leaves =
        [.. new[] { "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f" }
            .Select(Convert.FromHexString)];

    public static TheoryData<int, string> Roots => new()
    {
        { 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
        { 1, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d" },
        { 2, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125" },
        { 3, "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77" },
        { 4, "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7" },
        { 5, "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4" },
        { 6, "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef" },
        { 7, "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c" },
        { 8, "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328" },
    };

    [Theory]
    [MemberData(nameof(Roots))]
    public void TheTreeHashOfTheFirstLeavesIsTheReferenceRoot(int size, string root)
    {
        Assert.Equal(root, Convert.ToHexStringLower(MerkleTree.RootHash(LeafHashes(size))));
    }

    [Fact]
    public void EveryLeafsAuditPathLeadsToTheRootAndNoOtherLeafsDoes()
    {
        for (var size = 1; size <= Leaves.Length; size++)
        {
            var hashes = LeafHashes(size);
            var root = MerkleTree.RootHash(hashes);
            for (var index = 0; index < size; index++)
            {
                var path = MerkleTree.AuditPath(hashes, index);
                Assert.True(MerkleTree.VerifyInclusion(hashes[index], index, size, path, root), $"leaf {index} of {size}");
                Assert.False(MerkleTree.VerifyInclusion(hashes[(index + 1) % size], index, size, path, root) && size > 1,
                    $"leaf {(index + 1) % size} passed with leaf {index}'s path in a tree of {size}");
            }
        }
    }

    [Fact]
    public void APathWithAChangedSiblingOrAnIndexPastTheTreeFails()
    {
        var hashes = LeafHashes(7);
        var root = MerkleTree.RootHash(hashes);
        var path = MerkleTree.AuditPath(hashes, 5).Select(p => (byte[])p.Clone()).ToList();
        path[1][0] ^= 1;

        Assert.False(MerkleTree.VerifyInclusion(hashes[5], 5, 7, path, root));
        Assert.False(MerkleTree.VerifyInclusion(hashes[5], 7, 7, MerkleTree.AuditPath(hashes, 5), root));
        Assert.False(MerkleTree.VerifyInclusion(hashes[5], 5, 7, [.. MerkleTree.AuditPath(hashes, 5), hashes[0]], root));
    }

    private static byte[][] LeafHashes(int size) => [.. Leaves.Take(size).Select(l => MerkleTree.LeafHash(l))];
}
