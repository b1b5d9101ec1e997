using Signer.Cli.Tests.Fakes;

namespace Signer.Cli.Tests.Commands;

public sealed class UsageTests
{
    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("login")]
    [InlineData("login", "not a link")]
    [InlineData("login", "http://portal.example/api/card-requests/1")]
    [InlineData("login", "ftp://127.0.0.1/x")]
    public async Task AMalformedCommandLineShowsTheUsageAndExitsWith2(params string[] args)
    {
        var run = await SignerRun.RunAsync("", args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("usage:", run.Error);
    }
}
