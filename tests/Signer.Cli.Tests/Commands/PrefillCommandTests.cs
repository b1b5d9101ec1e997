using Portal.Contracts.CardRequests;
using Signer.Cli.Tests.Fakes;

namespace Signer.Cli.Tests.Commands;

public sealed class PrefillCommandTests(TestCards cards) : IClassFixture<TestCards>, IAsyncLifetime
{
    private FakePortal _portal = null!;

    public async Task InitializeAsync() => _portal = await FakePortal.StartAsync();

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task WithConsentTheBasicFourItemsAreReadAndSent()
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\ny\n{TestCards.CardInputPin}\n", "prefill", _portal.Add(CardRequestPurposes.Prefill).ToString(), "--card", card);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(new PrefillSubmission("山田 花子", "東京都千代田区霞が関2-1-2", "1990-04-01", "2"),
            Assert.Single(_portal.Submissions).Prefill);
    }

    [Fact]
    public async Task WithoutConsentNothingIsReadOrSent()
    {
        var card = cards.Issue();

        var run = await SignerRun.RunAsync($"{FakePortal.Code}\nn\n", "prefill", _portal.Add(CardRequestPurposes.Prefill).ToString(), "--card", card);

        Assert.Equal(ExitCodes.Cancelled, run.ExitCode);
        Assert.Empty(_portal.Submissions);
        Assert.DoesNotContain("暗証番号", run.Output);
    }
}
