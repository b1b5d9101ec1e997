using MynaCard.Apdu;

namespace MynaCard.SoftwareCard.Os;

internal sealed partial class CardOs
{
    /// <summary>P2 80: the PIN of the current DF, namely the PIN EF just selected.</summary>
    private const byte SpecificReferenceData = 0x80;

    /// <summary>The longest PIN any applet has (the signing PIN: 16); longer data is a wrong length, not a try.</summary>
    private const int MaxPinLength = 16;

    /// <summary>
    /// VERIFY <c>00 20 00 80</c> on the current PIN EF. With data: right → 90 00 and the counter back to the
    /// maximum; wrong → 63 Cx, x tries left (63 C0: that was the last one). Without data: 63 Cx, no try spent.
    /// Once blocked, every VERIFY (also the empty one) is 69 84 (or the setting's 69 83). A changed counter is
    /// written to the card file before the answer; if that fails the answer is 65 81.
    /// </summary>
    private ResponseApdu Verify(CommandApdu command)
    {
        if (command.P1 != 0x00 || command.P2 != SpecificReferenceData)
        {
            return ResponseApdu.Error(StatusWord.IncorrectP1P2);
        }
        if (command.Ne is not null || command.Data.Length > MaxPinLength)
        {
            return ResponseApdu.Error(StatusWord.WrongLength);
        }
        if (currentFile is not PinFile { Pin: var pin })
        {
            return ResponseApdu.Error(StatusWord.NoCurrentElementaryFile);
        }
        if (pin.IsBlocked)
        {
            return ResponseApdu.Error(BlockedPinStatus);
        }
        if (command.Data.IsEmpty)
        {
            return ResponseApdu.Error(StatusWord.TriesLeftCount(pin.TriesLeft));
        }
        var (matched, counterChanged) = pin.Verify(command.Data.Span);
        if (counterChanged && !TryPersistCounters())
        {
            pin.Forget();
            return ResponseApdu.Error(Sw.MemoryFailure);
        }
        return matched ? ResponseApdu.Ok() : ResponseApdu.Error(StatusWord.TriesLeftCount(pin.TriesLeft));
    }

    private StatusWord BlockedPinStatus => new(Convert.ToUInt16(settings.BlockedPinStatus, 16));

    private bool TryPersistCounters()
    {
        try
        {
            persistCounters();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
