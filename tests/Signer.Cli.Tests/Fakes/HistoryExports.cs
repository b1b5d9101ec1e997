using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Portal.Contracts.Histories;
using Portal.Domain.Histories;
using Portal.Domain.OperationHistory;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Signer.Cli.Tests.Fakes;

/// <summary>
/// 操作履歴 exports as the portal makes them (its entries, its head signer, the test history key), and the tampered
/// versions a resident's verifier must refuse, written to files as a resident would save them.
/// </summary>
public static class HistoryExports
{
    public const string Resident = "acc-hanako";

    private static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public static HistoryKeyRing Keys { get; } = new(Options.Create(new HistoryKeyOptions { SigningKeys = HistoryTestKey.Value }));

    /// <summary>A chain of <paramref name="count"/> entries signed by the portal; <paramref name="operation"/> names each.</summary>
    public static HistoryExport Chain(int count, Func<int, string>? operation = null)
    {
        var entries = Enumerable.Range(1, count).Select(i => new OperationRecord(ChainIds.Entry(i), Resident, Resident, "web",
            operation?.Invoke(i) ?? $"op-{i}", null, OperationOutcome.Succeeded, Start.AddMinutes(i)) { Sequence = i }.ToEntry()).ToList();
        return SignedByPortal(Rehash(entries, from: 0));
    }

    /// <summary>The hashes recomputed from entry index <paramref name="from"/> on, as a forger would.</summary>
    public static List<JsonObject> Rehash(IReadOnlyList<JsonObject> entries, int from)
    {
        var hash = from == 0 ? HistoryChainHash.Genesis : entries[from - 1]["hash"]!.GetValue<string>();
        var result = entries.Select(e => e.DeepClone().AsObject()).ToList();
        for (var i = from; i < result.Count; i++)
        {
            result[i].Remove("hash");
            hash = HistoryChainHash.Next(hash, result[i]);
            result[i]["hash"] = hash;
        }
        return result;
    }

    /// <summary>An export of <paramref name="entries"/> with a head the portal signed over the last of them.</summary>
    public static HistoryExport SignedByPortal(IReadOnlyList<JsonObject> entries)
    {
        var last = entries[^1];
        var head = new HistoryHeadSigner(Keys, new ManualClock(Start.AddDays(1)))
            .Sign("operations", Resident, last["seq"]!.GetValue<long>(), last["hash"]!.GetValue<string>());
        return new HistoryExport("operations", null, entries, [], head);
    }

    /// <summary>A head over the last entry signed with a key of the forger's own, under the portal's key id.</summary>
    public static string ForgedHead(IReadOnlyList<JsonObject> entries)
    {
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var last = entries[^1];
        var head = new HistoryHead("operations", Resident, last["seq"]!.GetValue<long>(), last["hash"]!.GetValue<string>(), Start.AddDays(1));
        return CompactJws.Sign(forger, Keys.Current.KeyId, HistoryHead.Type, head.ToPayload());
    }

    /// <summary>
    /// <paramref name="export"/> with the proof that its head is a leaf of a day's tree among other residents' heads
    /// (the leaf at index 2 of 6), the tree head signed by <paramref name="signer"/> (the portal's key by default).
    /// </summary>
    public static HistoryExport InTree(HistoryExport export, ECDsa? signer = null)
    {
        var last = export.Entries[^1];
        var ours = new TreeLeaf("operations", Resident, last["seq"]!.GetValue<long>(), last["hash"]!.GetValue<string>());
        var (leaves, treeHead) = Tree(ours, signer);
        var hashes = leaves.Select(l => l.LeafHash()).ToList();
        return export with
        {
            Inclusion = new TreeInclusion(treeHead, ours, 2, [.. MerkleTree.AuditPath(hashes, 2).Select(Convert.ToHexStringLower)]),
        };
    }

    /// <summary>The proof of another resident's leaf of the same tree, as a portal showing two histories would give.</summary>
    public static TreeInclusion OtherResidentsInclusion(HistoryExport inTree)
    {
        var (leaves, treeHead) = Tree(inTree.Inclusion!.Leaf, null, inTree.Inclusion.TreeHead);
        return new TreeInclusion(treeHead, leaves[4], 4, [.. MerkleTree.AuditPath([.. leaves.Select(l => l.LeafHash())], 4).Select(Convert.ToHexStringLower)]);
    }

    private static (List<TreeLeaf> Leaves, string TreeHead) Tree(TreeLeaf ours, ECDsa? signer, string? treeHead = null)
    {
        var leaves = Enumerable.Range(0, 6).Select(i => i == 2 ? ours
            : new TreeLeaf("operations", $"acc-other-{i}", i + 1, Convert.ToHexStringLower(SHA256.HashData([(byte)i])))).ToList();
        var root = Convert.ToHexStringLower(MerkleTree.RootHash([.. leaves.Select(l => l.LeafHash())]));
        var payload = new TreeHead(leaves.Count, root, "2026-11-29", Start.AddDays(2)).ToPayload();
        return (leaves, treeHead ?? CompactJws.Sign(signer ?? Keys.Current.Key, Keys.Current.KeyId, TreeHead.Type, payload));
    }

    public static string Save(object document)
    {
        var path = Path.Combine(Path.GetTempPath(), $"history-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(document, JsonSerializerOptions.Web));
        return path;
    }

    public static string SaveKeys() => Save(Keys.ToJsonWebKeySet());
}
