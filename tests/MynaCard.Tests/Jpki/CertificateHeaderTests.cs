using CsCheck;
using MynaCard.Errors;
using MynaCard.Jpki;
using MynaCard.Tests.Fakes;

namespace MynaCard.Tests.Jpki;

public class CertificateHeaderTests
{
    [Theory]
    [InlineData("30 82 06 40", 1604)]
    [InlineData("30 82 00 00", 4)]
    [InlineData("30 82 FF FF", 65539)]
    [InlineData("30 82 06 40 AA BB", 1604)]
    public void ThirtyEightyTwoLLLLIsLLLLPlusFour(string header, int total)
    {
        Assert.Equal(total, CertificateHeader.TotalLength(Bytes.Hex(header)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("30 82 06")]
    [InlineData("30 81 FF 00")]
    [InlineData("30 83 00 06 40")]
    [InlineData("04 82 06 40")]
    public void AnythingElseIsACardFormatException(string header)
    {
        Assert.Throws<CardFormatException>(() => CertificateHeader.TotalLength(Bytes.Hex(header)));
    }

    [Fact]
    public void RandomBytesGiveALengthOrACardFormatExceptionNeverAnythingElse()
    {
        Gen.Byte.Array[0, 8].Sample(bytes =>
        {
            try
            {
                Assert.InRange(CertificateHeader.TotalLength(bytes), 4, 65539);
            }
            catch (CardFormatException)
            {
            }
        }, iter: 20_000);
    }
}
