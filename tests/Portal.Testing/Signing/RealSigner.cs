using Portal.Contracts.CardRequests;
using Signer.Cli;
using Signer.Cli.Console;

namespace Portal.Testing.Signing;

/// <summary>
/// The real signer CLI in process, configured as a resident's would be: it trusts the portal whose link it is given.
/// What the resident types (the code shown where the request started, then the PINs) goes on its input.
/// </summary>
public static class RealSigner
{
    public sealed record Run(int ExitCode, string Output, string Error);

    /// <param name="args">The command line: command, link, card options.</param>
    public static async Task<Run> RunAsync(HttpClient portal, IReadOnlyList<string> args, string typed)
    {
        var trusted = args.Count > 1 && CardRequestLink.TryParse(args[1], out var link) ? [CardRequestLink.OriginOf(link)] : Array.Empty<string>();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SignerApp.RunAsync([.. args], new SignerConsole(new StringReader(typed), output, error, interactive: false),
            portal, new SignerSettings(trusted), CancellationToken.None);
        return new Run(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs it and fails loudly unless it answered the request.</summary>
    public static async Task<Run> AnswerAsync(HttpClient portal, IReadOnlyList<string> args, string typed)
    {
        var run = await RunAsync(portal, args, typed);
        return run.ExitCode == ExitCodes.Ok
            ? run
            : throw new InvalidOperationException($"signer {string.Join(' ', args)} exited {run.ExitCode}: {run.Error}\n{run.Output}");
    }
}
