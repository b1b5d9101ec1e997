using Portal.Contracts.Histories;

namespace Portal.Domain.Histories;

/// <summary>Signs a history's head (resident, sequence number, hash, time) with the current history key.</summary>
public sealed class HistoryHeadSigner(HistoryKeyRing keys, TimeProvider clock)
{
    public string Sign(string history, string residentId, long sequence, string hash)
    {
        var key = keys.Current;
        var head = new HistoryHead(history, residentId, sequence, hash, clock.GetUtcNow());
        return CompactJws.Sign(key.Key, key.KeyId, HistoryHead.Type, head.ToPayload());
    }
}
