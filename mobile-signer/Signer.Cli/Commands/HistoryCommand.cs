using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Contracts.Histories;
using Signer.Cli.Console;
using Signer.Cli.Text;

namespace Signer.Cli.Commands;

/// <summary>
/// <c>history verify &lt;export&gt; [--since &lt;older export&gt;] --keys &lt;jwks file or URL&gt;</c>: checks a history
/// export on the resident's own machine — every link, the portal's signature on the head, the head against the last
/// entry, and that the export extends an older one. No card, no login: the portal is asked at most for its keys.
/// </summary>
public sealed class HistoryCommand(SignerConsole console, HttpClient http)
{
    public async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Positionals is not ["verify", var path] || arguments.Option("keys") is not { } keys)
        {
            throw new UsageException("Give: history verify <export.json> --keys <jwks.json or URL> [--since <older export.json>].");
        }
        if (await ReadExportAsync(path, cancellationToken) is not { } export)
        {
            console.Error.WriteLine(HistoryMessages.Unreadable(path));
            return ExitCodes.Usage;
        }
        var since = arguments.Option("since");
        HistoryExport? older = null;
        if (since is not null && (older = await ReadExportAsync(since, cancellationToken)) is null)
        {
            console.Error.WriteLine(HistoryMessages.Unreadable(since));
            return ExitCodes.Usage;
        }
        var keySet = await ReadKeysAsync(keys, cancellationToken);
        if (keySet is null)
        {
            return ExitCodes.Usage;
        }
        var result = Verify(export, older, keySet);
        if (!result.IsValid)
        {
            console.Error.WriteLine(HistoryMessages.Failed(result));
            return ExitCodes.HistoryNotVerified;
        }
        var olderHead = older is null ? null : HistoryVerifier.Verify(older, keySet).Head?.Sequence;
        console.Out.WriteLine(HistoryMessages.Verified(result, olderHead));
        return ExitCodes.Ok;
    }

    private static HistoryVerification Verify(HistoryExport export, HistoryExport? older, JsonObject keySet)
    {
        try
        {
            return older is null ? HistoryVerifier.Verify(export, keySet) : HistoryVerifier.VerifyExtends(export, older, keySet);
        }
        // A member of the wrong kind (a number where text belongs) is a tampered file, not a failure of ours.
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            return HistoryVerification.Failed(HistoryProblem.HeadMalformed);
        }
    }

    private static async Task<HistoryExport?> ReadExportAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(path);
            return await HistoryExportReader.ReadAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private async Task<JsonObject?> ReadKeysAsync(string source, CancellationToken cancellationToken)
    {
        var remote = Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "https" or "http";
        try
        {
            var text = remote ? await http.GetStringAsync(url, cancellationToken) : await File.ReadAllTextAsync(source, cancellationToken);
            if (JsonNode.Parse(text) is JsonObject { } keySet && keySet["keys"] is JsonArray)
            {
                return keySet;
            }
        }
        catch (HttpRequestException)
        {
            console.Error.WriteLine(HistoryMessages.KeysUnreachable);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
        }
        console.Error.WriteLine(HistoryMessages.Unreadable(source));
        return null;
    }
}
