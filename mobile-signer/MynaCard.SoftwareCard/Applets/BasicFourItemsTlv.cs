using System.Text;
using MynaCard.SoftwareCard.CardFiles;

namespace MynaCard.SoftwareCard.Applets;

/// <summary>
/// EF 0002 of the 券面事項入力補助AP: <c>FF 20 len { DF 21 header, DF 22 name, DF 23 address, DF 24 YYYYMMDD,
/// DF 25 sex }</c>, BER with definite lengths in the shortest form (<c>81 xx</c> from 128 bytes, <c>82 xx xx</c> from 256).
/// </summary>
internal static class BasicFourItemsTlv
{
    private const ushort Root = 0xFF20;
    private const ushort Header = 0xDF21;
    private const ushort Name = 0xDF22;
    private const ushort Address = 0xDF23;
    private const ushort BirthDate = 0xDF24;
    private const ushort Sex = 0xDF25;

    public static byte[] Encode(CardInputData items) =>
        Tlv(Root,
        [
            .. Tlv(Header, items.HeaderBytes),
            .. Tlv(Name, Encoding.UTF8.GetBytes(items.Name)),
            .. Tlv(Address, Encoding.UTF8.GetBytes(items.Address)),
            .. Tlv(BirthDate, Encoding.ASCII.GetBytes(items.BirthDate)),
            .. Tlv(Sex, Encoding.ASCII.GetBytes(items.Sex)),
        ]);

    private static byte[] Tlv(ushort tag, byte[] value) => [(byte)(tag >> 8), (byte)tag, .. Length(value.Length), .. value];

    private static byte[] Length(int length) => length switch
    {
        < 0x80 => [(byte)length],
        <= 0xFF => [0x81, (byte)length],
        <= 0xFFFF => [0x82, (byte)(length >> 8), (byte)length],
        _ => throw new ArgumentOutOfRangeException(nameof(length), length, "A basic-4-items field longer than 65535 bytes."),
    };
}
