using CsCheck;
using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.Tests.Fakes;

namespace MynaCard.Tests.Apdu;

public class ResponseApduTests
{
    [Theory]
    [InlineData("9000", "", 0x9000)]
    [InlineData("0102039000", "010203", 0x9000)]
    [InlineData("6A82", "", 0x6A82)]
    [InlineData("AABB6282", "AABB", 0x6282)]
    public void TheLastTwoBytesAreTheStatusAndTheRestIsData(string hex, string data, int status)
    {
        var response = ResponseApdu.Parse(Bytes.Hex(hex));

        Assert.Equal(data, Bytes.ToHex(response.Data.Span));
        Assert.Equal(new StatusWord((ushort)status), response.Status);
        Assert.Equal(hex, Bytes.ToHex(response.ToBytes()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("90")]
    public void FewerThanTwoBytesAreACardFormatException(string hex)
    {
        Assert.Throws<CardFormatException>(() => ResponseApdu.Parse(Bytes.Hex(hex)));
    }

    [Fact]
    public void RandomBytesParseOrAreACardFormatExceptionAndRoundTrip()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            try
            {
                Assert.Equal(bytes, ResponseApdu.Parse(bytes).ToBytes());
            }
            catch (CardFormatException)
            {
                Assert.True(bytes.Length < 2);
            }
        }, iter: 10_000);
    }
}
