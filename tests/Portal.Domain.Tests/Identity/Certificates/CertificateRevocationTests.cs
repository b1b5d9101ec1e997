using Portal.Domain.Identity.Certificates;
using static Portal.Domain.Tests.Identity.Certificates.CertificateValidatorTests;

namespace Portal.Domain.Tests.Identity.Certificates;

public sealed class CertificateRevocationTests(TestPki pki) : IClassFixture<TestPki>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private readonly CrlOptions _files = new() { Folder = pki.CaFolder };

    [Fact]
    public async Task ACertificateRevokedWithCardtoolIsRevokedAfterTheNextRefresh()
    {
        var card = pki.Issue();
        var store = await pki.LoadedStoreAsync();
        var validator = new CertificateValidator(pki.Anchors, store);
        validator.Validate(card.AuthenticationCertificate, CertificatePurpose.Authentication, Now);

        pki.Revoke(card);
        await new CrlRefresher(new FileCrlSource(_files), store).RefreshAsync(CancellationToken.None);

        AssertRefused(CertificateRefusal.Revoked, () => validator.Validate(card.AuthenticationCertificate, CertificatePurpose.Authentication, Now));
    }

    [Fact]
    public async Task ACertificateCachedBeforeItsRevocationIsRevokedAfterTheNextRefresh()
    {
        var card = pki.Issue();
        var store = await pki.LoadedStoreAsync();
        var cache = new ValidatedCertificateCache(new CertificateCacheOptions());
        var validator = new CertificateValidator(pki.Anchors, store, cache);
        validator.Validate(card.SigningCertificate, CertificatePurpose.Signing, Now);
        Assert.Equal(1, cache.Count);

        pki.Revoke(card, "sign");
        await new CrlRefresher(new FileCrlSource(_files), store).RefreshAsync(CancellationToken.None);

        AssertRefused(CertificateRefusal.Revoked, () => validator.Validate(card.SigningCertificate, CertificatePurpose.Signing, Now));
    }

    [Fact]
    public async Task RevokingTheAuthenticationCertificateLeavesTheSigningCertificateGood()
    {
        var card = pki.Issue();
        pki.Revoke(card, "auth");
        var validator = new CertificateValidator(pki.Anchors, await pki.LoadedStoreAsync());

        validator.Validate(card.SigningCertificate, CertificatePurpose.Signing, Now);
        AssertRefused(CertificateRefusal.Revoked, () => validator.Validate(card.AuthenticationCertificate, CertificatePurpose.Authentication, Now));
    }

    [Fact]
    public async Task ACrlPastItsNextUpdateWithNoSuccessorMakesRevocationUnknown()
    {
        var store = await pki.LoadedStoreAsync();
        var validator = new CertificateValidator(pki.Anchors, store, new ValidatedCertificateCache(new CertificateCacheOptions()));
        var nextUpdate = store.Current(CertificatePurpose.Authentication)!.NextUpdate;
        validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Authentication, nextUpdate);

        AssertRefused(CertificateRefusal.RevocationUnknown,
            () => validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Authentication, nextUpdate.AddSeconds(1)));
    }

    [Fact]
    public void WithNoCrlLoadedRevocationIsUnknown()
    {
        var validator = new CertificateValidator(pki.Anchors, new CrlStore(pki.Anchors));

        AssertRefused(CertificateRefusal.RevocationUnknown,
            () => validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Authentication, Now));
    }

    [Fact]
    public async Task ACachedCertificateIsStillCheckedForTimeAfterItsNotAfter()
    {
        var cache = new ValidatedCertificateCache(new CertificateCacheOptions { MaxAge = TimeSpan.FromDays(10_000) });
        var validator = new CertificateValidator(pki.Anchors, await pki.LoadedStoreAsync(), cache);
        validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Authentication, Now);

        AssertRefused(CertificateRefusal.Expired,
            () => validator.Validate(pki.Card.AuthenticationCertificate, CertificatePurpose.Authentication, pki.Card.NotAfter.AddSeconds(1)));
    }
}
