namespace Infra.Tests;

/// <summary>The repository root: the nearest folder above the test binaries holding Serverless.sln or Directory.Packages.props.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Infra => System.IO.Path.Combine(Path, "infra");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Serverless.sln"))
                || File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.Packages.props")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Serverless.sln or Directory.Packages.props above {AppContext.BaseDirectory}.");
    }
}
