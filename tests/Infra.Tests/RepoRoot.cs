using Portal.Testing;

namespace Infra.Tests;

internal static class RepoRoot
{
    /// <summary>infra/ of this checkout.</summary>
    public static string Infra { get; } = Path.Combine(RepositoryRoot.Path, "infra");
}
