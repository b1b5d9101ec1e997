namespace MynaCard.Vpcd;

/// <summary>
/// A card as <see cref="VpcdBridge"/> serves it to pcscd's virtual reader. Called from one thread at a time, in the
/// order pcscd asks: power on (a cold <see cref="Reset"/>), the ATR, APDUs, <see cref="PowerOff"/>.
/// </summary>
public interface IVirtualCard
{
    /// <summary>The answer to reset. pcscd's vpcd driver asks for it every few hundred milliseconds to see the card is there.</summary>
    byte[] Atr { get; }

    /// <summary>One command APDU in, the response APDU (data + SW1 SW2) out. Never throws for a card's error: answers the SW.</summary>
    byte[] Process(byte[] apdu);

    /// <summary>The reader cut the power (or the card left the reader): volatile state, such as a verified PIN, is gone.</summary>
    void PowerOff();

    /// <summary>A reset, warm or cold (power on): volatile state is gone and the card starts afresh.</summary>
    void Reset();
}
