using System.Text;
using Portal.Domain.Identity.Certificates;

namespace Portal.Domain.Tests.Identity.Certificates;

public sealed class SignatureVerificationTests(TestPki pki) : IClassFixture<TestPki>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly byte[] Challenge = Encoding.UTF8.GetBytes("login challenge 7f3a9c");

    private async Task<(CertificateValidator Validator, ValidatedCertificate Certificate)> AuthenticationAsync()
    {
        var validator = new CertificateValidator(pki.Anchors, await pki.LoadedStoreAsync());
        return (validator, validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Authentication, Now));
    }

    [Fact]
    public async Task TheCardsSignatureOfTheDataVerifies()
    {
        var (validator, certificate) = await AuthenticationAsync();

        var signature = pki.Card.Sign(CertificatePurpose.Authentication, Challenge);

        Assert.True(validator.VerifySignature(certificate, Challenge, signature));
        validator.EnsureSignature(certificate, Challenge, signature);
    }

    [Fact]
    public async Task ASignatureOfOtherDataDoesNotVerify()
    {
        var (validator, certificate) = await AuthenticationAsync();
        var signature = pki.Card.Sign(CertificatePurpose.Authentication, Challenge);
        var tampered = Challenge.ToArray();
        tampered[0] ^= 1;

        Assert.False(validator.VerifySignature(certificate, tampered, signature));
        var refused = Assert.Throws<CertificateRefusedException>(() => validator.EnsureSignature(certificate, tampered, signature));
        Assert.Equal(CertificateRefusal.SignatureInvalid, refused.Refusal);
    }

    [Fact]
    public async Task ASignatureMadeWithAnotherKeyDoesNotVerify()
    {
        var (validator, certificate) = await AuthenticationAsync();

        Assert.False(validator.VerifySignature(certificate, Challenge, pki.Card.Sign(CertificatePurpose.Signing, Challenge)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(257)]
    public async Task ASignatureOfTheWrongLengthDoesNotVerify(int length)
    {
        var (validator, certificate) = await AuthenticationAsync();

        Assert.False(validator.VerifySignature(certificate, Challenge, new byte[length]));
    }
}
