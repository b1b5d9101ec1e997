using System.Security.Cryptography.X509Certificates;
using System.Text;
using Portal.Domain.Identity.Certificates;

namespace Portal.Domain.Tests.Identity.Certificates;

public sealed class CertificateValidatorTests(TestPki pki) : IClassFixture<TestPki>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private async Task<CertificateValidator> ValidatorAsync() => new(pki.Anchors, await pki.LoadedStoreAsync());

    [Fact]
    public async Task AValidAuthenticationCertificateIsAcceptedWithItsIssuerAndSerial()
    {
        var validator = await ValidatorAsync();
        using var expected = X509CertificateLoader.LoadCertificate(pki.Card.AuthenticationCertificate);

        var validated = validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Authentication, Now);

        Assert.Equal(CertificatePurpose.Authentication, validated.Purpose);
        Assert.Equal(expected.SerialNumber, validated.SerialNumber);
        Assert.Equal(expected.Issuer, validated.Issuer);
        Assert.Equal(expected.Subject, validated.Subject);
        Assert.Equal(pki.Card.NotAfter, validated.NotAfter);
    }

    [Fact]
    public async Task AValidSigningCertificateIsAcceptedForSigning()
    {
        var validator = await ValidatorAsync();

        var validated = validator.Validate(pki.Card.SigningCertificate, CertificatePurpose.Signing, Now);

        Assert.Equal(CertificatePurpose.Signing, validated.Purpose);
    }

    [Fact]
    public async Task ASigningCertificateOfferedForAuthenticationIsUntrusted()
    {
        var validator = await ValidatorAsync();

        AssertRefused(CertificateRefusal.Untrusted, () => validator.Validate(pki.Card.SigningCertificate, CertificatePurpose.Authentication, Now));
    }

    [Fact]
    public async Task AnAuthenticationCertificateOfferedForSigningIsUntrusted()
    {
        var validator = await ValidatorAsync();

        AssertRefused(CertificateRefusal.Untrusted, () => validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Signing, Now));
    }

    [Fact]
    public async Task ACertificateFromAnUnrelatedCaWithTheSameNamesIsUntrusted()
    {
        var validator = await ValidatorAsync();
        var stranger = pki.Issue(pki.OtherCaFolder);

        AssertRefused(CertificateRefusal.Untrusted, () => validator.Validate(stranger.AuthenticationCertificate, CertificatePurpose.Authentication, Now));
    }

    [Fact]
    public async Task TheAnchorItselfOfferedAsACardCertificateIsUntrusted()
    {
        var validator = await ValidatorAsync();

        AssertRefused(CertificateRefusal.Untrusted, () => validator.Validate(pki.Anchors.Authentication.RawData, CertificatePurpose.Authentication, Now));
    }

    [Fact]
    public async Task ACertificateAfterItsNotAfterIsExpired()
    {
        var validator = await ValidatorAsync();

        AssertRefused(CertificateRefusal.Expired,
            () => validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Authentication, pki.Card.NotAfter.AddSeconds(1)));
    }

    [Fact]
    public async Task ACertificateBeforeItsNotBeforeIsNotYetValid()
    {
        var validator = await ValidatorAsync();

        AssertRefused(CertificateRefusal.NotYetValid,
            () => validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Authentication, pki.Card.NotBefore.AddSeconds(-1)));
    }

    public static TheoryData<string, byte[]> Garbage()
    {
        var der = new TestPki();
        try
        {
            var certificate = der.Card.AuthenticationCertificate;
            var random = new byte[600];
            new Random(20261127).NextBytes(random);
            var pem = Encoding.ASCII.GetBytes(X509CertificateLoader.LoadCertificate(certificate).ExportCertificatePem());
            return new TheoryData<string, byte[]>
            {
                { "empty", [] },
                { "random bytes", random },
                { "a PEM string", pem },
                { "truncated DER", certificate[..(certificate.Length / 2)] },
                { "DER with trailing bytes", [.. certificate, 0x00] },
                { "an empty SEQUENCE", [0x30, 0x00] },
                { "a lone tag byte", [0x30] },
            };
        }
        finally
        {
            der.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task AnythingButOneDerCertificateIsMalformed(string what, byte[] data)
    {
        var validator = await ValidatorAsync();

        var refused = Assert.Throws<CertificateRefusedException>(() => validator.Validate(data, CertificatePurpose.Authentication, Now));
        Assert.True(refused.Refusal == CertificateRefusal.Malformed, $"{what}: {refused.Refusal}");
    }

    internal static void AssertRefused(CertificateRefusal expected, Action validate)
    {
        var refused = Assert.Throws<CertificateRefusedException>(validate);
        Assert.Equal(expected, refused.Refusal);
    }
}
