using Portal.Domain.Identity.Certificates;

namespace Portal.Domain.Tests.Identity.Certificates;

public sealed class ValidatedCertificateCacheTests(TestPki pki) : IClassFixture<TestPki>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task TheCacheNeverHoldsMoreThanItsBound()
    {
        var cache = new ValidatedCertificateCache(new CertificateCacheOptions { MaxEntries = 2 });
        var validator = new CertificateValidator(pki.Anchors, await pki.LoadedStoreAsync(), cache);

        for (var i = 0; i < 3; i++)
        {
            var card = pki.Issue();
            validator.Validate(card.AuthenticationCertificate, CertificatePurpose.Authentication, Now);
        }

        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public async Task AnEntryIsNotReusedPastItsMaxAge()
    {
        var cache = new ValidatedCertificateCache(new CertificateCacheOptions { MaxAge = TimeSpan.FromMinutes(5) });
        var validator = new CertificateValidator(pki.Anchors, await pki.LoadedStoreAsync(), cache);
        var validated = validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Authentication, Now);

        Assert.Same(validated, cache.Find(CertificatePurpose.Authentication, validated.Sha256, Now.AddMinutes(4)));
        Assert.Null(cache.Find(CertificatePurpose.Authentication, validated.Sha256, Now.AddMinutes(5)));
    }

    [Fact]
    public async Task AnEntryForOnePurposeIsNotReusedForTheOther()
    {
        var cache = new ValidatedCertificateCache(new CertificateCacheOptions());
        var validator = new CertificateValidator(pki.Anchors, await pki.LoadedStoreAsync(), cache);
        var validated = validator.Validate(pki.Card.SigningCertificate, CertificatePurpose.Signing, Now);

        Assert.Null(cache.Find(CertificatePurpose.Authentication, validated.Sha256, Now));
        CertificateValidatorTests.AssertRefused(CertificateRefusal.Untrusted,
            () => validator.Validate(pki.Card.SigningCertificate, CertificatePurpose.Authentication, Now));
    }
}
