using Microsoft.Extensions.Configuration;
using Portal.Testing;

namespace Portal.Operator.Tests.Support;

/// <summary>Runs portal-operator in process against the test database, capturing what it prints.</summary>
public static class Tool
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public static ToolRun Run(OperatorStack stack, TimeProvider clock, params string[] args) =>
        Run(stack.Configuration, clock, args);

    public static ToolRun Run(OperatorStack stack, params string[] args) => Run(stack.Configuration, new ManualClock(Start), args);

    public static ToolRun Run(IConfiguration configuration, TimeProvider clock, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = OperatorCommands.RunAsync(args, output, error, configuration, clock).GetAwaiter().GetResult();
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs and fails the test unless the exit code is 0.</summary>
    public static ToolRun Ok(OperatorStack stack, TimeProvider clock, params string[] args)
    {
        var run = Run(stack, clock, args);
        Assert.True(run.ExitCode == 0, $"portal-operator {string.Join(' ', args)} exited {run.ExitCode}: {run.Error}");
        return run;
    }

    public static ToolRun Ok(OperatorStack stack, params string[] args) => Ok(stack, new ManualClock(Start), args);
}

public sealed record ToolRun(int ExitCode, string Output, string Error);
