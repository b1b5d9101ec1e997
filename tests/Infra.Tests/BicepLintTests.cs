using System.Text.Json.Nodes;

namespace Infra.Tests;

/// <summary>Every Bicep file passes the linter as infra/bicepconfig.json configures it, with nothing reported.</summary>
public class BicepLintTests
{
    [Theory]
    [MemberData(nameof(InfraFiles.BicepFiles), MemberType = typeof(InfraFiles))]
    public void BicepFileLintsWithoutDiagnostics(string file)
    {
        var result = BicepCli.Run("lint", file);

        Assert.True(result.ExitCode == 0, $"bicep lint {file} exited {result.ExitCode}:\n{result.StdErr}");
        Assert.True(result.StdErr.Length == 0, $"bicep lint {file} reported:\n{result.StdErr}");
    }

    [Theory]
    [InlineData("use-recent-api-versions")]
    [InlineData("no-hardcoded-env-urls")]
    [InlineData("secure-secrets-in-params")]
    [InlineData("outputs-should-not-contain-secrets")]
    [InlineData("use-secure-value-for-secure-inputs")]
    [InlineData("no-unused-params")]
    [InlineData("no-unused-vars")]
    public void LinterConfigurationRaisesRuleToError(string rule)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot.Infra, "bicepconfig.json")))!;

        Assert.Equal("error", (string?)config["analyzers"]?["core"]?["rules"]?[rule]?["level"]);
    }
}
