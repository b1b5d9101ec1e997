namespace Bot.WebChat.Browser.Tests;

/// <summary>Where the test keeps what a person looks at afterwards: $PORTAL_TEST_ARTIFACTS (test.sh sets it), else bin/.../artifacts.</summary>
public static class Artifacts
{
    public const string Variable = "PORTAL_TEST_ARTIFACTS";

    public static string PathFor(string fileName)
    {
        var folder = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        }
        Directory.CreateDirectory(folder);
        return Path.Combine(Path.GetFullPath(folder), fileName);
    }
}
