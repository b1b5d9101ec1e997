using System.Formats.Asn1;
using System.Security.Cryptography;
using MynaCard.Jpki;
using MynaCard.Tests.Fakes;

namespace MynaCard.Tests.Jpki;

public class DigestInfoTests
{
    [Fact]
    public void TheSha256DigestInfoIsThePrefixFromTheReferenceThenTheHash()
    {
        var hash = SHA256.HashData("x"u8);

        var digestInfo = DigestInfo.ForSha256(hash);

        Assert.Equal(0x33, digestInfo.Length);
        Assert.Equal("3031300D060960864801650304020105000420" + Convert.ToHexString(hash), Convert.ToHexString(digestInfo));
    }

    [Fact]
    public void TheDigestInfoIsDerThatNamesSha256AndHoldsTheHash()
    {
        var hash = SHA256.HashData("y"u8);

        var outer = new AsnReader(DigestInfo.ForSha256(hash), AsnEncodingRules.DER).ReadSequence();
        var algorithm = outer.ReadSequence();

        Assert.Equal("2.16.840.1.101.3.4.2.1", algorithm.ReadObjectIdentifier());
        algorithm.ReadNull();
        Assert.Equal(hash, outer.ReadOctetString());
        Assert.False(outer.HasData);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(48)]
    public void AHashOfAnotherLengthIsAnArgumentException(int length)
    {
        Assert.Throws<ArgumentException>(() => DigestInfo.ForSha256(Bytes.Pattern(length)));
    }
}
