using System.Globalization;
using System.Text;
using MynaCard.Ber;
using MynaCard.Errors;

namespace MynaCard.CardInput;

/// <summary>
/// 基本4情報 as printed on the card (name, address, date of birth, sex), from EF 0002 of the 券面事項入力補助AP:
/// <c>FF 20 { DF 21 header, DF 22 name, DF 23 address, DF 24 YYYYMMDD, DF 25 sex }</c>.
/// </summary>
public sealed record BasicFourItems(string Name, string Address, DateOnly DateOfBirth, Sex Sex)
{
    private const uint Root = 0xFF20;
    private const uint NameTag = 0xDF22;
    private const uint AddressTag = 0xDF23;
    private const uint DateOfBirthTag = 0xDF24;
    private const uint SexTag = 0xDF25;

    /// <summary>Throws on invalid bytes instead of putting U+FFFD into a resident's name.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Parses the file's TLV; bytes after it (a fixed-size file's padding) are ignored. Anything else than the
    /// expected structure is a <see cref="CardFormatException"/>.
    /// </summary>
    public static BasicFourItems Parse(ReadOnlySpan<byte> bytes)
    {
        var root = BerTlv.ParseFirst(bytes, out _);
        if (root.Tag != Root)
        {
            throw new CardFormatException($"The basic 4 items start with tag {Root:X}, not {root.Tag:X}.");
        }
        return new BasicFourItems(
            Utf8(root.Require(NameTag)),
            Utf8(root.Require(AddressTag)),
            DateOf(root.Require(DateOfBirthTag).Value.Span),
            SexOf(root.Require(SexTag).Value.Span));
    }

    /// <summary>Personal data stays out of logs: the generated ToString would print all four items.</summary>
    public override string ToString() => $"{nameof(BasicFourItems)} {{ (personal data not shown) }}";

    private static string Utf8(Tlv tlv)
    {
        try
        {
            return StrictUtf8.GetString(tlv.Value.Span);
        }
        catch (DecoderFallbackException)
        {
            throw new CardFormatException($"TLV {tlv.Tag:X} is not valid UTF-8.");
        }
    }

    private static DateOnly DateOf(ReadOnlySpan<byte> value)
    {
        // Checked byte by byte first: DateOnly's parser would also take non-ASCII digits.
        var date = default(DateOnly);
        var valid = value.Length == 8 && !value.ContainsAnyExceptInRange((byte)'0', (byte)'9')
            && DateOnly.TryParseExact(Encoding.ASCII.GetString(value), "yyyyMMdd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out date);
        return valid ? date : throw new CardFormatException($"The date of birth is not YYYYMMDD ({value.Length} bytes).");
    }

    private static Sex SexOf(ReadOnlySpan<byte> value) => value switch
    {
        [(byte)'1'] => Sex.Male,
        [(byte)'2'] => Sex.Female,
        [(byte)'9'] => Sex.NotApplicable,
        _ => throw new CardFormatException($"The sex is not an ISO 5218 code the card uses (\"1\", \"2\" or \"9\")."),
    };
}
