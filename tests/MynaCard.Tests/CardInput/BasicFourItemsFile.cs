using System.Text;
using MynaCard.Tests.Fakes;

namespace MynaCard.Tests.CardInput;

/// <summary>EF 0002 as a card holds it: FF 20 (82 form) { DF 21 header, DF 22 name, DF 23 address, DF 24 birth, DF 25 sex }.</summary>
internal static class BasicFourItemsFile
{
    public const string Name = "山田　花子";
    public const string Address = "東京都千代田区紀尾井町一丁目三番地　東京ガーデンテラス紀尾井町　デジタル庁受付前一二三四号";

    public static byte[] Build(
        string name = Name,
        string address = Address,
        string birth = "19850401",
        string sex = "2",
        byte[]? extra = null,
        uint? without = null)
    {
        (uint Tag, byte[] Tlv)[] items =
        [
            (0xDF21, Der.Tlv(0xDF21, Bytes.Hex("00 11 22 33 44 55 66 77"))),
            (0xDF22, Der.Tlv(0xDF22, Encoding.UTF8.GetBytes(name), lengthBytes: 1)),
            (0xDF23, Der.Tlv(0xDF23, Encoding.UTF8.GetBytes(address))),
            (0xDF24, Der.Tlv(0xDF24, Encoding.ASCII.GetBytes(birth))),
            (0xDF25, Der.Tlv(0xDF25, Encoding.ASCII.GetBytes(sex))),
        ];
        byte[] value = [.. items.Where(item => item.Tag != without).SelectMany(item => item.Tlv), .. extra ?? []];
        return Der.Tlv(0xFF20, value, lengthBytes: 2);
    }
}
