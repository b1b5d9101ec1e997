using Portal.Domain.Identity.Certificates;

namespace Portal.Domain.Tests.Identity.Certificates;

public sealed class CrlStoreTests(TestPki pki) : IClassFixture<TestPki>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public void TheCaCrlIsAcceptedWithItsTimesAndNumber()
    {
        var store = new CrlStore(pki.Anchors);

        Assert.Equal(CrlOffer.Accepted, store.Offer(CertificatePurpose.Authentication, pki.Crl(CertificatePurpose.Authentication)));

        var crl = store.Current(CertificatePurpose.Authentication)!;
        Assert.Equal(TimeSpan.FromHours(24), crl.NextUpdate - crl.ThisUpdate);
        Assert.True(crl.Number > 0);
    }

    [Fact]
    public async Task ACrlSignedByAnotherCaIsRejectedAndTheOldOneKept()
    {
        var card = pki.Issue();
        pki.Revoke(card);
        var store = await pki.LoadedStoreAsync();
        var before = store.Current(CertificatePurpose.Authentication);

        var offer = store.Offer(CertificatePurpose.Authentication, pki.Crl(CertificatePurpose.Authentication, pki.OtherCaFolder));

        Assert.Equal(CrlOffer.Rejected, offer);
        Assert.Same(before, store.Current(CertificatePurpose.Authentication));
        Assert.Equal(Revocation.Revoked, store.Check(Serial(card.AuthenticationCertificate), CertificatePurpose.Authentication, Now));
    }

    [Fact]
    public void TheSigningCaCrlOfferedAsTheAuthenticationCrlIsRejected()
    {
        var store = new CrlStore(pki.Anchors);

        Assert.Equal(CrlOffer.Rejected, store.Offer(CertificatePurpose.Authentication, pki.Crl(CertificatePurpose.Signing)));
        Assert.Null(store.Current(CertificatePurpose.Authentication));
    }

    [Fact]
    public void AnOlderCrlNumberIsIgnoredSoARevocationCannotBeUndone()
    {
        var card = pki.Issue();
        var older = pki.Crl(CertificatePurpose.Authentication);
        pki.Revoke(card);
        var store = new CrlStore(pki.Anchors);
        store.Offer(CertificatePurpose.Authentication, pki.Crl(CertificatePurpose.Authentication));

        var offer = store.Offer(CertificatePurpose.Authentication, older);

        Assert.Equal(CrlOffer.NotNewer, offer);
        Assert.Equal(Revocation.Revoked, store.Check(Serial(card.AuthenticationCertificate), CertificatePurpose.Authentication, Now));
    }

    [Fact]
    public void TheSameCrlOfferedAgainChangesNothing()
    {
        var store = new CrlStore(pki.Anchors);
        var crl = pki.Crl(CertificatePurpose.Signing);
        store.Offer(CertificatePurpose.Signing, crl);
        var current = store.Current(CertificatePurpose.Signing);

        Assert.Equal(CrlOffer.NotNewer, store.Offer(CertificatePurpose.Signing, crl));
        Assert.Same(current, store.Current(CertificatePurpose.Signing));
    }

    [Fact]
    public void ANewerCrlReplacesTheCurrentOne()
    {
        var store = new CrlStore(pki.Anchors);
        store.Offer(CertificatePurpose.Signing, pki.Crl(CertificatePurpose.Signing));
        var first = store.Current(CertificatePurpose.Signing)!;

        pki.NewCrls();

        Assert.Equal(CrlOffer.Accepted, store.Offer(CertificatePurpose.Signing, pki.Crl(CertificatePurpose.Signing)));
        Assert.True(store.Current(CertificatePurpose.Signing)!.Number > first.Number);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 })]
    [InlineData(new byte[] { 0x42, 0x42, 0x42 })]
    public void GarbageOfferedAsACrlIsRejected(byte[] garbage)
    {
        var store = new CrlStore(pki.Anchors);

        Assert.Equal(CrlOffer.Rejected, store.Offer(CertificatePurpose.Authentication, garbage));
    }

    [Fact]
    public async Task ARefreshWithMissingFilesKeepsTheCurrentCrls()
    {
        var store = await pki.LoadedStoreAsync();
        var current = store.Current(CertificatePurpose.Authentication);
        var empty = Directory.CreateTempSubdirectory("no-crl-").FullName;

        await new CrlRefresher(new FileCrlSource(new CrlOptions { Folder = empty }), store).RefreshAsync(CancellationToken.None);

        Assert.Same(current, store.Current(CertificatePurpose.Authentication));
        Directory.Delete(empty);
    }

    private static string Serial(byte[] certificate) =>
        System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(certificate).SerialNumber;
}
