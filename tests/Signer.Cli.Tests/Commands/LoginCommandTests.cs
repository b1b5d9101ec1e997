using MynaCard.Jpki;
using Portal.Contracts.CardRequests;
using Signer.Cli.Tests.Fakes;

namespace Signer.Cli.Tests.Commands;

public sealed class LoginCommandTests(TestCards cards) : IClassFixture<TestCards>, IAsyncLifetime
{
    private FakePortal _portal = null!;

    public async Task InitializeAsync() => _portal = await FakePortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task ALoginForAKnownCardSignsWithTheAuthenticationKeyInFiveApdus()
    {
        var card = cards.Issue();
        var link = _portal.Add(CardRequestPurposes.Login,
            knownCertificate: await TestCards.ReadCertificateAsync(card, JpkiCertificate.Authentication));

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n", "login", link.ToString(), "--card", card, "--verbose");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var received = Assert.Single(_portal.Submissions);
        Assert.True(received.SignatureValid);
        Assert.Null(received.Signature!.Certificate);
        Assert.Contains(": 5 APDUs", run.Output);
        Assert.Contains("テスト市 電子申請 が、マイナンバーカードによるログインを求めています。", run.Output);
    }

    [Fact]
    public async Task ALoginSendsTheAuthenticationCertificateWhenThePortalAsksForIt()
    {
        var card = cards.Issue();
        var link = _portal.Add(CardRequestPurposes.Login);

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n", "login", link.ToString(), "--card", card);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var received = Assert.Single(_portal.Submissions);
        Assert.True(received.SignatureValid);
        Assert.Equal(await TestCards.ReadCertificateAsync(card, JpkiCertificate.Authentication),
            Convert.FromBase64String(received.Signature!.Certificate!));
    }

    [Fact]
    public async Task AWrongPinSaysHowManyTriesAreLeftAndPostsNothing()
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n9999\n", "login", _portal.Add(CardRequestPurposes.Login).ToString(), "--card", card);

        Assert.Equal(ExitCodes.WrongPin, run.ExitCode);
        Assert.Contains("あと2回間違えるとロックされます", run.Error);
        Assert.Contains("2 tries left", run.Error);
        Assert.Empty(_portal.Submissions);
    }

    [Fact]
    public async Task TheLastTryGetsAStrongerWarningAndTheThirdWrongPinBlocksTheCard()
    {
        var card = cards.Issue();
        await SignerRun.RunAsync($"{FakePortal.Code}\n9999\n", "login", _portal.Add(CardRequestPurposes.Login).ToString(), "--card", card);

        var second = await SignerRun.RunAsync($"{FakePortal.Code}\n9999\n", "login", _portal.Add(CardRequestPurposes.Login).ToString(), "--card", card);
        var third = await SignerRun.RunAsync($"{FakePortal.Code}\n9999\n", "login", _portal.Add(CardRequestPurposes.Login).ToString(), "--card", card);
        var afterwards = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n", "login", _portal.Add(CardRequestPurposes.Login).ToString(), "--card", card);

        Assert.Contains("次に間違えるとロックされ", second.Error);
        Assert.Equal(ExitCodes.PinBlocked, third.ExitCode);
        Assert.Contains("ロックされました", third.Error);
        Assert.Equal(ExitCodes.PinBlocked, afterwards.ExitCode);
        Assert.Contains("市区町村の窓口", afterwards.Error);
        Assert.Empty(_portal.Submissions);
    }

    [Fact]
    public async Task AMalformedPinIsAskedForAgainWithoutSpendingATry()
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n12a4\n12345\n{TestCards.AuthPin}\n", "login",
            _portal.Add(CardRequestPurposes.Login).ToString(), "--card", card);
        var status = await SignerRun.RunAsync("", "status", "--card", card);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("暗証番号は数字4桁です", run.Error);
        Assert.Contains("authentication PIN tries left: 3", status.Output);
    }

    public static TheoryData<string, int, string> Refusals => new()
    {
        { CardRequestProblems.CertificateRevoked, ExitCodes.CertificateRefused, "失効しています" },
        { CardRequestProblems.CertificateExpired, ExitCodes.CertificateRefused, "有効期限が切れています" },
        { CardRequestProblems.UntrustedCertificate, ExitCodes.CertificateRefused, "確認できませんでした" },
        { CardRequestProblems.Expired, ExitCodes.RequestRefused, "要求の有効期限が切れました" },
        { CardRequestProblems.AlreadyUsed, ExitCodes.RequestRefused, "すでに使われています" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ThePortalsRefusalIsExplainedInPlainJapanese(string problem, int exitCode, string message)
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n", "login",
            _portal.Add(CardRequestPurposes.Login, refuseWith: problem).ToString(), "--card", card);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public async Task ALinkForAnotherPurposeIsRefusedBeforeThePinIsAsked()
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n", "login", _portal.Add(CardRequestPurposes.Sign).ToString(), "--card", card);

        Assert.Equal(ExitCodes.RequestRefused, run.ExitCode);
        Assert.DoesNotContain("暗証番号", run.Output);
    }

    [Fact]
    public async Task AnUnreachablePortalIsSaidPlainly()
    {
        var run = await SignerRun.RunAsync("", "login", "http://127.0.0.1:1/api/card-requests/x", "--card", cards.Issue());

        Assert.Equal(ExitCodes.PortalUnreachable, run.ExitCode);
        Assert.Contains("マイナポータルに接続できませんでした", run.Error);
    }
}
