using Bot.Operator.Tests.Fakes;

namespace Bot.Operator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task HelpListsEveryCommand()
    {
        var run = await OperatorRun.RunAsync(OperatorRun.NoSettings, "help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(new[] { "rich-menu render", "rich-menu create", "rich-menu switch", "rich-menu list", "rich-menu delete", "teams package" },
            command => Assert.Contains(command, run.Output));
    }

    [Theory]
    [InlineData("")]
    [InlineData("line menu")]
    [InlineData("line rich-menu create --defaults")]
    [InlineData("line rich-menu switch")]
    [InlineData("teams zip")]
    [InlineData("slack")]
    public async Task AWrongCommandLineIsOneLineWithExitCode2(string commandLine)
    {
        var run = await OperatorRun.RunAsync(OperatorRun.NoSettings, commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("bot-operator help", run.Error);
    }
}
