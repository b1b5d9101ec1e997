using Signer.Cli.Tests.Fakes;

namespace Signer.Cli.Tests.Commands;

public sealed class StatusCommandTests(TestCards cards) : IClassFixture<TestCards>
{
    [Fact]
    public async Task StatusShowsTriesLeftForEachPinAndTheCertificatesExpiryWithoutSpendingATry()
    {
        var card = cards.Issue();

        var first = await SignerRun.RunAsync("", "status", "--card", card);
        var second = await SignerRun.RunAsync("", "status", "--card", card);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("authentication PIN tries left: 3", second.Output);
        Assert.Contains("signing PIN tries left: 5", second.Output);
        Assert.Contains("card-info PIN tries left: 3", second.Output);
        Assert.Matches(@"valid until: \d{4}-\d{2}-\d{2}", second.Output);
    }

    [Fact]
    public async Task AMissingCardFileIsReportedAsNoCard()
    {
        var run = await SignerRun.RunAsync("", "status", "--card", "/nonexistent/card.json");

        Assert.Equal(ExitCodes.NoReaderOrCard, run.ExitCode);
    }
}
