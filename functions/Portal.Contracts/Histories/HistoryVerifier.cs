using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Portal.Contracts.Histories;

/// <summary>
/// Checks a history export the way a resident's own program does: every link of the chain, the head's signature
/// against the published history keys, that the head is the last entry, that the daily tree it carries holds this
/// history's head (signature, inclusion proof, and the leaf in the chain), and that a newer export extends an older one.
/// Needs nothing from the portal but its key history.
/// </summary>
public static class HistoryVerifier
{
    public static HistoryVerification Verify(HistoryExport export, JsonObject keySet)
    {
        var sequence = export.Checkpoint is { } checkpoint ? checkpoint.FirstSequence - 1 : 0;
        var hash = export.Checkpoint?.PreviousHash ?? HistoryChainHash.Genesis;
        foreach (var entry in export.Entries)
        {
            var expected = sequence + 1;
            if (SequenceOf(entry) != expected)
            {
                return HistoryVerification.Failed(HistoryProblem.SequenceBroken, expected);
            }
            var computed = HistoryChainHash.OfExported(hash, entry);
            if (entry[HistoryChainHash.HashMember] is not JsonValue stated || stated.GetValueKind() != System.Text.Json.JsonValueKind.String
                || stated.GetValue<string>() != computed)
            {
                return HistoryVerification.Failed(HistoryProblem.HashBroken, expected);
            }
            (sequence, hash) = (expected, computed);
        }
        var (problem, head) = VerifyHead(export, keySet);
        if (problem is not null)
        {
            return HistoryVerification.Failed(problem.Value, head: head);
        }
        if (head!.Sequence != sequence || head.Hash != hash)
        {
            // The first entry the head does not account for (or the last one when the head claims more).
            return HistoryVerification.Failed(HistoryProblem.HeadMismatch, Math.Min(head.Sequence, sequence) + 1, head);
        }
        if (export.Inclusion is not { } inclusion)
        {
            return new HistoryVerification(null, null, head, export.Entries.Count);
        }
        var (treeProblem, tree) = VerifyInclusion(export, head, inclusion, keySet);
        return treeProblem is not null
            ? HistoryVerification.Failed(treeProblem.Value, inclusion.Leaf?.Seq, head)
            : new HistoryVerification(null, null, head, export.Entries.Count, tree);
    }

    /// <summary>Both exports verified on their own, then: the older head's (sequence, hash) is in the newer chain.</summary>
    public static HistoryVerification VerifyExtends(HistoryExport newer, HistoryExport older, JsonObject keySet)
    {
        var olderResult = Verify(older, keySet);
        if (!olderResult.IsValid)
        {
            return olderResult;
        }
        var newerResult = Verify(newer, keySet);
        if (!newerResult.IsValid)
        {
            return newerResult;
        }
        var (then, now) = (olderResult.Head!, newerResult.Head!);
        if (then.History != now.History || then.Resident != now.Resident)
        {
            return HistoryVerification.Failed(HistoryProblem.DifferentHistory, head: now);
        }
        if (then.Sequence == 0)
        {
            return newerResult;
        }
        if (newer.Checkpoint is { } checkpoint && then.Sequence < checkpoint.FirstSequence)
        {
            return then.Sequence == checkpoint.FirstSequence - 1
                ? then.Hash == checkpoint.PreviousHash ? newerResult : HistoryVerification.Failed(HistoryProblem.NotExtended, then.Sequence, now)
                : HistoryVerification.Failed(HistoryProblem.OlderThanCheckpoint, then.Sequence, now);
        }
        var same = newer.Entries.FirstOrDefault(e => SequenceOf(e) == then.Sequence);
        return same?[HistoryChainHash.HashMember]?.GetValue<string>() == then.Hash
            ? newerResult
            : HistoryVerification.Failed(HistoryProblem.NotExtended, FirstDifference(older, newer) ?? then.Sequence, now);
    }

    private static (HistoryProblem?, HistoryHead?) VerifyHead(HistoryExport export, JsonObject keySet)
    {
        if (!CompactJws.TryRead(export.Head, out var header, out var payload)
            || header["typ"]?.GetValue<string>() != HistoryHead.Type || header["alg"]?.GetValue<string>() != CompactJws.Algorithm
            || HistoryHead.FromPayload(payload) is not { } head || head.History != export.History)
        {
            return (HistoryProblem.HeadMalformed, null);
        }
        return (SignatureProblem(export.Head, header, head.IssuedAt, keySet), head);
    }

    /// <summary>
    /// The daily tree checks: its head signed by a published history key, the leaf this history's own, the audit path
    /// leading from the leaf to the signed root, and the leaf's (sequence number, hash) in the verified chain.
    /// </summary>
    private static (HistoryProblem?, TreeHead?) VerifyInclusion(
        HistoryExport export, HistoryHead head, TreeInclusion inclusion, JsonObject keySet)
    {
        if (!CompactJws.TryRead(inclusion.TreeHead, out var header, out var payload)
            || header["typ"]?.GetValue<string>() != TreeHead.Type || header["alg"]?.GetValue<string>() != CompactJws.Algorithm
            || TreeHead.FromPayload(payload) is not { } tree || inclusion.Leaf is null || inclusion.AuditPath is null)
        {
            return (HistoryProblem.TreeHeadMalformed, null);
        }
        if (SignatureProblem(inclusion.TreeHead, header, tree.IssuedAt, keySet) is not null)
        {
            return (HistoryProblem.TreeHeadForged, tree);
        }
        var leaf = inclusion.Leaf;
        if (leaf.History != head.History || leaf.Sub != head.Resident)
        {
            return (HistoryProblem.InclusionOfAnotherLeaf, tree);
        }
        if (!IsHash(tree.RootHash) || !inclusion.AuditPath.All(IsHash) || !IsHash(leaf.Hash)
            || !MerkleTree.VerifyInclusion(leaf.LeafHash(), inclusion.LeafIndex, tree.TreeSize,
                [.. inclusion.AuditPath.Select(Convert.FromHexString)], Convert.FromHexString(tree.RootHash)))
        {
            return (HistoryProblem.InclusionProofInvalid, tree);
        }
        return (ChainHolds(export, leaf.Seq, leaf.Hash) ? null : HistoryProblem.TreeLeafNotInChain, tree);
    }

    /// <summary>Whether the (already verified) chain holds <paramref name="hash"/> at <paramref name="sequence"/>.</summary>
    private static bool ChainHolds(HistoryExport export, long sequence, string hash)
    {
        var first = export.Checkpoint?.FirstSequence ?? 1;
        if (sequence == first - 1)
        {
            return hash == (export.Checkpoint?.PreviousHash ?? HistoryChainHash.Genesis);
        }
        var index = sequence - first;
        return index >= 0 && index < export.Entries.Count
            && export.Entries[(int)index][HistoryChainHash.HashMember]?.GetValue<string>() == hash;
    }

    private static bool IsHash(string? hex) => hex is { Length: 64 } && hex.All(char.IsAsciiHexDigit);

    /// <summary>What is wrong with a JWS's signature against the published keys at the time it claims; null: nothing.</summary>
    private static HistoryProblem? SignatureProblem(string jws, JsonObject header, DateTimeOffset issuedAt, JsonObject keySet)
    {
        var kid = header["kid"]?.GetValue<string>();
        var jwk = (keySet["keys"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(k => k["kid"]?.GetValue<string>() == kid);
        if (jwk is null || PublicKeyOf(jwk) is not { } key)
        {
            return HistoryProblem.UnknownKey;
        }
        using (key)
        {
            if (!CompactJws.Verify(jws, key))
            {
                return HistoryProblem.BadSignature;
            }
        }
        var signedAt = issuedAt.ToUnixTimeSeconds();
        if (signedAt < (IntegerOf(jwk["validFrom"]) ?? long.MinValue) || signedAt >= (IntegerOf(jwk["validUntil"]) ?? long.MaxValue))
        {
            return HistoryProblem.KeyNotValidThen;
        }
        return null;
    }

    private static ECDsa? PublicKeyOf(JsonObject jwk)
    {
        if (jwk["kty"]?.GetValue<string>() != "EC" || jwk["crv"]?.GetValue<string>() != "P-256"
            || jwk["x"]?.GetValue<string>() is not { } x || jwk["y"]?.GetValue<string>() is not { } y
            || !Base64Url.IsValid(x) || !Base64Url.IsValid(y))
        {
            return null;
        }
        return ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(x), Y = Base64Url.DecodeFromChars(y) },
        });
    }

    /// <summary>The first sequence number where the two exports hold different entries, if any.</summary>
    private static long? FirstDifference(HistoryExport older, HistoryExport newer)
    {
        var newerHashes = newer.Entries.GroupBy(e => SequenceOf(e) ?? -1)
            .ToDictionary(g => g.Key, g => g.First()[HistoryChainHash.HashMember]?.ToJsonString());
        return older.Entries.Select(e => (Sequence: SequenceOf(e), Hash: e[HistoryChainHash.HashMember]?.ToJsonString()))
            .FirstOrDefault(e => e.Sequence is { } s && (!newerHashes.TryGetValue(s, out var h) || h != e.Hash)).Sequence;
    }

    private static long? SequenceOf(JsonObject entry) => IntegerOf(entry[HistoryChainHash.SequenceMember]);

    /// <summary>An integer however the node holds it (parsed text, or an int or long put in by code); else null.</summary>
    private static long? IntegerOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && long.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed : null;
}
