using CsCheck;
using MynaCard.Ber;
using MynaCard.Errors;
using MynaCard.Tests.Fakes;

namespace MynaCard.Tests.Ber;

public class BerTlvPropertyTests
{
    /// <summary>Bytes that steer the parser into its corners: high-tag forms, constructed tags, every length form.</summary>
    private static readonly Gen<byte> TlvishByte = Gen.Frequency(
        (3, Gen.Byte),
        (2, Gen.OneOf<byte>(0x00, 0x01, 0x02, 0x04, 0x1F, 0x20, 0x3F, 0x7F, 0x80, 0x81, 0x82, 0x83, 0x84, 0xDF, 0xE1, 0xFF)));

    public static readonly Gen<byte[]> RandomBytes = Gen.OneOf(Gen.Byte.Array[0, 200], TlvishByte.Array[0, 200]);

    [Fact]
    public void RandomBytesParseOrAreACardFormatExceptionNeverAnythingElse()
    {
        RandomBytes.Sample(bytes =>
        {
            Only<CardFormatException>(() => BerTlv.Parse(bytes));
            Only<CardFormatException>(() => BerTlv.ParseFirst(bytes, out _));
            Only<CardFormatException>(() => BerTlv.TotalLength(bytes));
        }, iter: 20_000);
    }

    [Fact]
    public void APrimitiveValueOfAnyLengthComesBackInEveryLengthForm()
    {
        Gen.Select(Gen.Byte.Array[0, 1000], Gen.Int[0, 3]).Sample((value, form) =>
        {
            if (value.Length > 0xFF && form == 1)
            {
                return;
            }
            var tlv = BerTlv.ParseFirst(Der.Tlv(0xDF22, value, form), out var length);

            Assert.Equal(value, tlv.Value.ToArray());
            Assert.Equal(length, BerTlv.TotalLength(Der.Tlv(0xDF22, value, form)));
        }, iter: 2_000);
    }

    /// <summary>Runs <paramref name="parse"/>; an exception other than <typeparamref name="T"/> escapes and fails.</summary>
    internal static void Only<T>(Action parse)
        where T : Exception
    {
        try
        {
            parse();
        }
        catch (T)
        {
        }
    }
}
