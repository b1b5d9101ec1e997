using System.Diagnostics;
using System.Text.Json;
using Portal.Functions.OpenApi;
using Portal.Testing;

namespace Portal.Functions.Tests.OpenApi;

/// <summary>The served document as standard tools read it: Redocly CLI's recommended rules, with nothing to report.</summary>
public sealed class OpenApiLintTests
{
    [Fact]
    public async Task The_served_document_lints_clean_with_redocly_recommended_rules()
    {
        var cli = Path.Combine(RepositoryRoot.Path, "infra", "local", "node_modules", "@redocly", "cli", "bin", "cli.js");
        Assert.True(File.Exists(cli), $"{cli} is missing: run `npm ci` in infra/local (the test command does).");
        var file = Path.Combine(Directory.CreateTempSubdirectory("openapi-").FullName, "openapi.json");
        await File.WriteAllBytesAsync(file, OpenApiDocument.Utf8);

        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "lint", file, "--format=json" })
        {
            info.ArgumentList.Add(argument);
        }
        // No configuration file: the built-in recommended rules, as a newcomer running `redocly lint` would get.
        info.Environment["REDOCLY_TELEMETRY"] = "off";
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        using var report = JsonDocument.Parse(await output);
        var problems = report.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("severity")} {p.GetProperty("ruleId")}: {p.GetProperty("message")}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(process.ExitCode == 0, await errors);
    }
}
