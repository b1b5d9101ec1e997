using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CardTool.Certificates;
using CardTool.Issuing;
using Portal.Domain.Proxies.Appointing;

namespace Portal.Domain.Tests.Proxies.Appointing;

/// <summary>The name and date of birth read from a signing certificate shaped as JPKI's (made by the card tool's own profile).</summary>
public sealed class SigningCertificateHolderTests
{
    public static TheoryData<string, DateOnly> Holders => new()
    {
        { "山田　花子", new DateOnly(1990, 4, 1) },
        { "渡邉 髙志", new DateOnly(1926, 12, 25) },
        { "佐藤太郎", new DateOnly(1900, 1, 1) },
        { "ＳＭＩＴＨ ＪＯＨＮ", new DateOnly(2020, 2, 29) },
    };

    [Theory]
    [MemberData(nameof(Holders))]
    public void The_name_and_date_of_birth_are_read_from_the_subjectAltName(string name, DateOnly born)
    {
        var der = SigningCertificate(new ResidentInput(name, "東京都千代田区霞が関2-1-2", born, "2"));

        Assert.True(SigningCertificateHolder.TryRead(der, out var holder));
        Assert.Equal(name, holder.Name);
        Assert.Equal(born, holder.DateOfBirth);
        Assert.DoesNotContain(name, holder.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_without_the_basic_4_items_names_nobody()
    {
        Assert.False(SigningCertificateHolder.TryRead(SigningCertificate(null), out _));
        Assert.False(SigningCertificateHolder.TryRead([0x30, 0x03, 0x02, 0x01, 0x00], out _));
    }

    [Theory]
    [InlineData("419900401", true, "1990-04-01")]
    [InlineData("319261225", true, "1926-12-25")]
    [InlineData("020000229", true, "2000-02-29")]
    [InlineData("619900401", false, null)]
    [InlineData("4199004", false, null)]
    [InlineData("419901301", false, null)]
    [InlineData("H02.04.01", false, null)]
    [InlineData("", false, null)]
    public void The_certificates_date_is_an_era_digit_and_the_Gregorian_date(string text, bool valid, string? expected)
    {
        Assert.Equal(valid, SigningCertificateHolder.TryParseDate(text, out var date));
        if (valid)
        {
            Assert.Equal(DateOnly.Parse(expected!, System.Globalization.CultureInfo.InvariantCulture), date);
        }
    }

    private static byte[] SigningCertificate(ResidentInput? resident)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(JpkiProfile.SigningSubject("Tokyo", "Chiyoda-ku", JpkiProfile.NewOpaqueId()), key, HashAlgorithmName.SHA256);
        if (resident is not null)
        {
            request.CertificateExtensions.Add(JpkiProfile.BasicFourItemsAltName(resident));
        }
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.RawData;
    }
}
