using System.Security.Cryptography.X509Certificates;
using MynaCard.Jpki;
using Portal.Contracts.CardRequests;
using Signer.Cli.Tests.Fakes;

namespace Signer.Cli.Tests.Commands;

public sealed class SignCommandTests(TestCards cards) : IClassFixture<TestCards>, IAsyncLifetime
{
    private FakePortal _portal = null!;

    public async Task InitializeAsync() => _portal = await FakePortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task ASignatureIsMadeWithTheSigningKeyAndCarriesTheSigningCertificate()
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{TestCards.SignPin}\n", "sign", _portal.Add(CardRequestPurposes.Sign).ToString(), "--card", card);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("申請：児童手当の認定請求", run.Output);
        var received = Assert.Single(_portal.Submissions);
        Assert.True(received.SignatureValid);
        using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(received.Signature!.Certificate!));
        using var authentication = X509CertificateLoader.LoadCertificate(
            await TestCards.ReadCertificateAsync(card, JpkiCertificate.Authentication));
        Assert.NotEqual(authentication.Thumbprint, certificate.Thumbprint);
    }

    [Fact]
    public async Task ALowerCaseSigningPinIsTakenAsUpperCase()
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{TestCards.SignPin.ToLowerInvariant()}\n", "sign",
            _portal.Add(CardRequestPurposes.Sign).ToString(), "--card", card);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(Assert.Single(_portal.Submissions).SignatureValid);
    }

    [Fact]
    public async Task TheSigningPinHasFiveTriesAndItsOwnCounter()
    {
        var card = cards.Issue();

        var first = await SignerRun.RunAsync("WRONG1\n", "sign", _portal.Add(CardRequestPurposes.Sign).ToString(), "--card", card);
        var status = await SignerRun.RunAsync("", "status", "--card", card);

        Assert.Equal(ExitCodes.WrongPin, first.ExitCode);
        Assert.Contains("あと4回", first.Error);
        Assert.Contains("signing PIN tries left: 4", status.Output);
        Assert.Contains("authentication PIN tries left: 3", status.Output);
    }
}
