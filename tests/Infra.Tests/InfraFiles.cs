namespace Infra.Tests;

/// <summary>The Bicep files under infra/, as paths relative to infra/ (one test case each).</summary>
public static class InfraFiles
{
    public static TheoryData<string> BicepFiles()
    {
        var files = Directory.EnumerateFiles(RepoRoot.Infra, "*.bicep", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Contains("node_modules"))
            .Select(f => Path.GetRelativePath(RepoRoot.Infra, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No .bicep files under {RepoRoot.Infra}.");
        }

        return new TheoryData<string>(files);
    }
}
