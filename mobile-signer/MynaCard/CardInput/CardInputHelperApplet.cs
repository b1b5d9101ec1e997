using MynaCard.Ber;
using MynaCard.Jpki;
using MynaCard.Pins;
using MynaCard.Transport;

namespace MynaCard.CardInput;

/// <summary>
/// The client side of the 券面事項入力補助AP: its own 4-digit PIN and the basic 4 items, for prefilling forms.
/// The individual number this AP also holds is deliberately not read: the portal never uses it.
/// </summary>
public sealed class CardInputHelperApplet(CardChannel channel)
{
    public const ushort PinFile = 0x0011;
    public const ushort BasicFourItemsFile = 0x0002;

    /// <summary><c>FF 20 82 LL LL</c>: enough to know the size of the basic 4 items' TLV.</summary>
    public const int BasicFourItemsHeaderLength = 5;

    private static readonly byte[] AidBytes = [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08];

    private readonly AppletCommands _commands = new(channel, "card input helper AP");

    public static ReadOnlyMemory<byte> Aid => AidBytes;

    /// <summary>SELECT by AID, without FCI; forgets any verified PIN.</summary>
    public Task SelectAsync(CancellationToken cancellationToken = default) =>
        _commands.SelectApplicationAsync(AidBytes, cancellationToken);

    /// <summary>Tries left without spending one: 0 when blocked; the maximum when the PIN is already verified.</summary>
    public Task<int> GetPinTriesLeftAsync(CancellationToken cancellationToken = default) =>
        _commands.GetPinTriesLeftAsync(PinFile, PinKind.CardInput, cancellationToken);

    /// <summary>VERIFY the 4-digit PIN; a PIN of the wrong form is a <see cref="PinFormatException"/> before any APDU.</summary>
    public Task VerifyPinAsync(string pin, CancellationToken cancellationToken = default) =>
        _commands.VerifyPinAsync(PinFile, PinKind.CardInput, pin, cancellationToken);

    /// <summary>The basic 4 items; the PIN must have been verified since the AP was selected.</summary>
    public async Task<BasicFourItems> ReadBasicFourItemsAsync(CancellationToken cancellationToken = default)
    {
        var file = await _commands.ReadFileAsync(BasicFourItemsFile, BasicFourItemsHeaderLength, BerTlv.TotalLength,
            cancellationToken);
        return BasicFourItems.Parse(file);
    }
}
