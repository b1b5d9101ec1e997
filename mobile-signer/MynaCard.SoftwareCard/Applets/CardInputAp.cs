using MynaCard.SoftwareCard.CardFiles;
using MynaCard.SoftwareCard.Os;

namespace MynaCard.SoftwareCard.Applets;

/// <summary>
/// The 券面事項入力補助AP with only what the portal uses: its PIN and the basic 4 items. The EF holding the
/// individual number (マイナンバー) is deliberately absent: selecting it is 6A 82, as for any unknown EF.
/// </summary>
internal static class CardInputAp
{
    public static readonly byte[] Aid = [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08];

    public const ushort BasicFourItems = 0x0002;
    public const ushort Pin = 0x0011;

    public static Applet Create(CardFile card)
    {
        var pin = new PinSlot(card.CardInput.Pin);
        return new Applet("券面事項入力補助AP", Aid,
        [
            new PinFile(Pin, pin),
            new BinaryFile(BasicFourItems, BasicFourItemsTlv.Encode(card.CardInput), pin),
        ]);
    }
}
