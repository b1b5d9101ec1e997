using Portal.Contracts.CardRequests;
using Signer.Cli.Tests.Fakes;

namespace Signer.Cli.Tests.Commands;

/// <summary>What the signer checks before any PIN: the portal is trusted, the code is the one shown, and what is to be
/// signed names this request, this portal and this purpose.</summary>
public sealed class RequestCheckTests(TestCards cards) : IClassFixture<TestCards>, IAsyncLifetime
{
    private FakePortal _portal = null!;

    public async Task InitializeAsync() => _portal = await FakePortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task ALinkToAPortalTheSignerDoesNotTrustIsRefusedBeforeAnythingIsShownOrAsked()
    {
        var link = _portal.Add(CardRequestPurposes.Login);

        var run = await SignerRun.RunTrustingAsync(["https://portal.example"], $"{FakePortal.Code}\n{TestCards.AuthPin}\n",
            "login", link.ToString(), "--card", cards.Issue());

        Assert.Equal(ExitCodes.RequestRefused, run.ExitCode);
        Assert.Contains("設定された マイナポータル のものではありません", run.Error);
        Assert.Empty(_portal.CodesTyped);
        Assert.Empty(_portal.Submissions);
        Assert.DoesNotContain("暗証番号", run.Output);
    }

    public static TheoryData<string, string, FakePortal.Bent> Mismatches => new()
    {
        // A look-alike site relaying the genuine portal's challenge: it names the genuine origin, not the link's.
        { "a relayed login challenge", CardRequestPurposes.Login, new(Audience: "https://portal.example") },
        { "a relayed signature", CardRequestPurposes.Sign, new(Audience: "https://portal.example") },
        { "a login challenge of another request", CardRequestPurposes.Login, new(RequestId: "AAAAAAAAAAAAAAAAAAAAAA") },
        { "a signature binding another request", CardRequestPurposes.Sign, new(RequestId: "AAAAAAAAAAAAAAAAAAAAAA") },
        { "a challenge for another purpose", CardRequestPurposes.Login, new(Purpose: CardRequestPurposes.Sign) },
        { "an expired challenge", CardRequestPurposes.Login, new(ExpiresAt: DateTimeOffset.UtcNow.AddMinutes(-1)) },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public async Task AChallengeThatDoesNotMatchItsLinkIsRefusedAndNothingIsSigned(string _, string purpose, FakePortal.Bent bent)
    {
        var card = cards.Issue();
        var link = _portal.Add(purpose, bent: bent);

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n{TestCards.SignPin}\n", purpose, link.ToString(), "--card", card);
        var status = await SignerRun.RunAsync("", "status", "--card", card);

        Assert.Equal(ExitCodes.RequestRefused, run.ExitCode);
        Assert.Contains("開いたリンクと一致しません", run.Error);
        Assert.DoesNotContain("暗証番号", run.Output);
        Assert.Empty(_portal.Submissions);
        Assert.Contains("authentication PIN tries left: 3", status.Output);
    }

    [Fact]
    public async Task WhoAsksFromWhichDeviceAndWhenIsShownBeforeTheCode()
    {
        var run = await SignerRun.RunAsync($"{FakePortal.Code}\n{TestCards.AuthPin}\n{TestCards.SignPin}\n", "sign",
            _portal.Add(CardRequestPurposes.Sign).ToString(), "--card", cards.Issue());

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var record = run.Output[..run.Output.IndexOf("コードを入力", StringComparison.Ordinal)];
        Assert.Contains("テスト用チャットボット", record);
        Assert.Contains("LINE のチャット", record);
        Assert.Contains("開始時刻", record);
        Assert.Contains("児童手当の認定請求", record);
        Assert.Contains("提出先 / Submitted to:   テスト市", record);
    }

    [Fact]
    public async Task AWrongCodeIsAskedAgainAndTheThirdEndsWithoutAskingForThePin()
    {
        var run = await SignerRun.RunAsync("ZZZZ-ZZZZ\nBBBB-BBBB\nCCCC-CCCC\n" + $"{TestCards.AuthPin}\n", "login",
            _portal.Add(CardRequestPurposes.Login).ToString(), "--card", cards.Issue());

        Assert.Equal(ExitCodes.RequestRefused, run.ExitCode);
        Assert.Equal(["ZZZZ-ZZZZ", "BBBB-BBBB", "CCCC-CCCC"], _portal.CodesTyped);
        Assert.Contains("コードが違います", run.Error);
        Assert.Contains("この要求は使えなくなりました", run.Error);
        Assert.DoesNotContain("暗証番号", run.Output);
        Assert.Empty(_portal.Submissions);
    }

    [Fact]
    public async Task NoCodeCancelsWithNothingSigned()
    {
        var run = await SignerRun.RunAsync("\n", "login", _portal.Add(CardRequestPurposes.Login).ToString(), "--card", cards.Issue());

        Assert.Equal(ExitCodes.Cancelled, run.ExitCode);
        Assert.Empty(_portal.Submissions);
    }
}
