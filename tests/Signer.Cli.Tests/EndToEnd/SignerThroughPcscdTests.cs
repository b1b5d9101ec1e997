using System.Security.Cryptography.X509Certificates;
using MynaCard.SoftwareCard;
using MynaCard.Testing;
using Portal.Contracts.CardRequests;
using Signer.Cli.Tests.Fakes;
using Xunit.Abstractions;

namespace Signer.Cli.Tests.EndToEnd;

/// <summary>
/// The signer on the PC/SC path, through the real pcscd: a software card in vsmartcard's virtual reader, the signer
/// reading its certificate, verifying the PIN and signing, and the fake portal checking the signature.
/// </summary>
[Collection(PcscdCollection.Name)]
public sealed class SignerThroughPcscdTests(PcscdFixture pcscd, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestCards _cards = new();
    private FakePortal _portal = null!;

    public async Task InitializeAsync() => _portal = await FakePortal.StartAsync();

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        _cards.Dispose();
    }

    [Theory]
    [InlineData("login", $"{FakePortal.Code}\n{TestCards.AuthPin}\n")]
    [InlineData("sign", $"{FakePortal.Code}\n{TestCards.AuthPin}\n{TestCards.SignPin}\n")]
    public async Task TheSignerReadsTheCertificateVerifiesThePinAndSignsThroughPcscd(string purpose, string typed)
    {
        await using var card = SoftwareCard.Open(_cards.Issue());
        await using var inserted = await pcscd.InsertAsync(card, output, PcscdFixture.SecondReader);

        var run = await SignerRun.RunAsync(typed, purpose, _portal.Add(purpose).ToString(),
            "--reader", PcscdFixture.SecondReader, "--verbose");

        output.WriteLine(run.Output + run.Error);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains($"PC/SC reader {PcscdFixture.SecondReader}", run.Output);
        var received = Assert.Single(_portal.Submissions);
        Assert.True(received.SignatureValid);
        using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(received.Signature!.Certificate!));
        Assert.Equal(purpose == CardRequestPurposes.Login, certificate.Subject.Split(',').Length <= 2);
    }

    [Fact]
    public async Task AWrongPinThroughPcscdIsCountedOnTheCard()
    {
        var file = _cards.Issue();
        await using (var card = SoftwareCard.Open(file))
        await using (await pcscd.InsertAsync(card, output, PcscdFixture.SecondReader))
        {
            var run = await SignerRun.RunAsync($"{FakePortal.Code}\n0000\n", "login", _portal.Add(CardRequestPurposes.Login).ToString(),
                "--reader", PcscdFixture.SecondReader);

            Assert.Equal(ExitCodes.WrongPin, run.ExitCode);
        }

        var status = await SignerRun.RunAsync("", "status", "--card", file);
        Assert.Contains("authentication PIN tries left: 2", status.Output);
    }

    [Fact]
    public async Task AnEmptyReaderIsReportedAsNoCard()
    {
        var run = await SignerRun.RunAsync("", "status", "--reader", PcscdFixture.SecondReader);

        Assert.Equal(ExitCodes.NoReaderOrCard, run.ExitCode);
        Assert.Contains("マイナンバーカードが見つかりません", run.Error);
    }
}
