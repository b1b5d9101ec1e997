using MynaCard.SoftwareCard.CardFiles;

namespace MynaCard.SoftwareCard.Os;

/// <summary>A PIN at run time: its stored hash and counter (shared with the card file) and whether it is verified now.</summary>
internal sealed class PinSlot(StoredPin stored)
{
    public bool Verified { get; private set; }

    public int TriesLeft => stored.TriesLeft;

    public bool IsBlocked => stored.IsBlocked;

    public void Forget() => Verified = false;

    /// <summary>
    /// Compares the VERIFY data: right resets the counter, wrong spends a try (and forgets an earlier verification).
    /// Returns whether it matched and whether the stored counter changed (and must be written back).
    /// </summary>
    public (bool Matched, bool CounterChanged) Verify(ReadOnlySpan<byte> candidate)
    {
        var before = stored.TriesLeft;
        Verified = stored.Matches(candidate);
        stored.TriesLeft = Verified ? stored.MaxTries : before - 1;
        return (Verified, stored.TriesLeft != before);
    }
}
