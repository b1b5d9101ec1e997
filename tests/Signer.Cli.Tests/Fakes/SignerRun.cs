using Signer.Cli.Console;

namespace Signer.Cli.Tests.Fakes;

/// <summary>Runs the signer in process with scripted answers on its input, as a resident would type them.</summary>
public static class SignerRun
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new SignerConsole(new StringReader(input), output, error, interactive: false);
        var code = await SignerApp.RunAsync(args, console, Http, CancellationToken.None);
        return new Outcome(code, output.ToString(), error.ToString());
    }
}
