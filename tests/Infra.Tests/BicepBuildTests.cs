namespace Infra.Tests;

/// <summary>Every Bicep file compiles to an ARM template with no error or warning (bicep exits 0 even on warnings).</summary>
public class BicepBuildTests
{
    [Theory]
    [MemberData(nameof(InfraFiles.BicepFiles), MemberType = typeof(InfraFiles))]
    public void BicepFileBuildsWithoutDiagnostics(string file)
    {
        var result = BicepCli.Run("build", file, "--stdout");

        Assert.True(result.ExitCode == 0, $"bicep build {file} exited {result.ExitCode}:\n{result.StdErr}");
        Assert.True(result.StdErr.Length == 0, $"bicep build {file} reported:\n{result.StdErr}");
        Assert.StartsWith("{", result.StdOut.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void MainParametersFileBuildsWithoutDiagnostics()
    {
        var result = BicepCli.Run("build-params", "main.bicepparam", "--stdout");

        Assert.True(result.ExitCode == 0, $"bicep build-params exited {result.ExitCode}:\n{result.StdErr}");
        Assert.True(result.StdErr.Length == 0, $"bicep build-params reported:\n{result.StdErr}");
        Assert.Contains("parametersJson", result.StdOut, StringComparison.Ordinal);
    }
}
