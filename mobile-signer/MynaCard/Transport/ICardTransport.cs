using MynaCard.Apdu;

namespace MynaCard.Transport;

/// <summary>
/// Carries one command APDU to the card and its response back: PC/SC, NFC (ISO-DEP) or the in-process software card.
/// Failures below the card (reader gone, card removed) throw <see cref="Errors.CardTransportException"/>; the card's
/// own status words are returned, never thrown, here.
/// </summary>
public interface ICardTransport : IAsyncDisposable
{
    /// <summary>Whether the reader and the card take extended-length APDUs (Ne &gt; 256).</summary>
    bool SupportsExtendedLength { get; }

    Task<ResponseApdu> TransmitAsync(CommandApdu command, CancellationToken cancellationToken);
}
