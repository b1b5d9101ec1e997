using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Portal.Contracts.Histories;

/// <summary>
/// Checks a history export the way a resident's own program does: every link of the chain, the head's signature
/// against the published history keys, that the head is the last entry, and that a newer export extends an older one.
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
        return new HistoryVerification(null, null, head, export.Entries.Count);
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
        var kid = header["kid"]?.GetValue<string>();
        var jwk = (keySet["keys"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(k => k["kid"]?.GetValue<string>() == kid);
        if (jwk is null || PublicKeyOf(jwk) is not { } key)
        {
            return (HistoryProblem.UnknownKey, head);
        }
        using (key)
        {
            if (!CompactJws.Verify(export.Head, key))
            {
                return (HistoryProblem.BadSignature, head);
            }
        }
        var signedAt = head.IssuedAt.ToUnixTimeSeconds();
        if (signedAt < (IntegerOf(jwk["validFrom"]) ?? long.MinValue) || signedAt >= (IntegerOf(jwk["validUntil"]) ?? long.MaxValue))
        {
            return (HistoryProblem.KeyNotValidThen, head);
        }
        return (null, head);
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
