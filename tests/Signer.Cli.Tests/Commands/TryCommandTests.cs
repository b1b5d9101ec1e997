using Signer.Cli.Tests.Fakes;

namespace Signer.Cli.Tests.Commands;

public sealed class TryCommandTests(TestCards cards) : IClassFixture<TestCards>
{
    [Fact]
    public async Task ATryLoginSignsAChallengeInFiveApdusAndVerifiesIt()
    {
        var run = await SignerRun.RunAsync($"{TestCards.AuthPin}\n", "try", "--card", cards.Issue());

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("検証できました", run.Output);
        Assert.Contains("login signature: 5 APDUs", run.Output);
    }
}
