namespace Bot.Operator.Tests.Fakes;

/// <summary>One run of bot-operator in process: its exit code and what it wrote.</summary>
public sealed record OperatorRun(int ExitCode, string Output, string Error)
{
    private static readonly HttpClient Http = new();

    public static async Task<OperatorRun> RunAsync(Func<string, string?> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await BotOperatorCommands.RunAsync(args, output, error, environment, Http);
        return new OperatorRun(code, output.ToString(), error.ToString());
    }

    /// <summary>No settings at all (commands that call nothing).</summary>
    public static Func<string, string?> NoSettings => _ => null;
}
