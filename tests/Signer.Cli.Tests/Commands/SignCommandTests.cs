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

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n{TestCards.SignPin}\n", "sign", _portal.Add(CardRequestPurposes.Sign).ToString(), "--card", card);

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
    public async Task InOneCardSessionTheAuthenticationKeyAnswersItsChallengeAndTheSigningKeySigns()
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n{TestCards.SignPin}\n", "sign",
            _portal.Add(CardRequestPurposes.Sign).ToString(), "--card", card, "--verbose");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var received = Assert.Single(_portal.Submissions).Signature!;
        Assert.Equal(await TestCards.ReadCertificateAsync(card, JpkiCertificate.Authentication),
            Convert.FromBase64String(received.AuthenticationCertificate!));
        Assert.NotNull(received.AuthenticationSignature);
        // SELECT AP once; per key: SELECT PIN EF, VERIFY, SELECT certificate EF, 2 READ BINARY, SELECT key EF, SIGN.
        Assert.Contains(": 15 APDUs", run.Output);
    }

    [Fact]
    public async Task ALowerCaseSigningPinIsTakenAsUpperCase()
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n{TestCards.SignPin.ToLowerInvariant()}\n", "sign",
            _portal.Add(CardRequestPurposes.Sign).ToString(), "--card", card);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(Assert.Single(_portal.Submissions).SignatureValid);
    }

    [Fact]
    public async Task TheSigningPinHasFiveTriesAndItsOwnCounter()
    {
        var card = cards.Issue();

        var first = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\nWRONG1\n", "sign", _portal.Add(CardRequestPurposes.Sign).ToString(), "--card", card);
        var status = await SignerRun.RunAsync("", "status", "--card", card);

        Assert.Equal(ExitCodes.WrongPin, first.ExitCode);
        Assert.Contains("あと4回", first.Error);
        Assert.Contains("signing PIN tries left: 4", status.Output);
        Assert.Contains("authentication PIN tries left: 3", status.Output);
    }
}
