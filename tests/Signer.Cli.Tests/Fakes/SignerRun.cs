using Portal.Contracts.CardRequests;
using Signer.Cli.Console;

namespace Signer.Cli.Tests.Fakes;

/// <summary>Runs the signer in process with scripted answers on its input, as a resident would type them.</summary>
public static class SignerRun
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>A signer configured to trust the portal of the link it is given (the second argument), as a resident's is.</summary>
    public static Task<Outcome> RunAsync(string input, params string[] args) =>
        RunTrustingAsync(args.Length > 1 && CardRequestLink.TryParse(args[1], out var link) ? [CardRequestLink.OriginOf(link)] : [], input, args);

    public static async Task<Outcome> RunTrustingAsync(IReadOnlyList<string> trustedOrigins, string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new SignerConsole(new StringReader(input), output, error, interactive: false);
        var code = await SignerApp.RunAsync(args, console, Http, new SignerSettings(trustedOrigins), CancellationToken.None);
        return new Outcome(code, output.ToString(), error.ToString());
    }
}
