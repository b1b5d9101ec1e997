namespace CardTool.Tests.Support;

/// <summary>Runs cardtool in process, capturing what it prints.</summary>
public static class Tool
{
    public static ToolRun Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CardToolCommands.Run(args, output, error);
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs and fails the test unless the exit code is 0.</summary>
    public static ToolRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.True(run.ExitCode == 0, $"cardtool {string.Join(' ', args)} exited {run.ExitCode}: {run.Error}");
        return run;
    }
}

public sealed record ToolRun(int ExitCode, string Output, string Error);
