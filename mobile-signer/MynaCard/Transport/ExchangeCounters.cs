namespace MynaCard.Transport;

/// <summary>Round trips and bytes on the wire: over NFC each APDU costs tens of milliseconds, so these are the budget.</summary>
public sealed record ExchangeCounters(int Apdus, long BytesSent, long BytesReceived)
{
    public static readonly ExchangeCounters Zero = new(0, 0, 0);

    public static ExchangeCounters operator -(ExchangeCounters after, ExchangeCounters before) =>
        new(after.Apdus - before.Apdus, after.BytesSent - before.BytesSent, after.BytesReceived - before.BytesReceived);
}
