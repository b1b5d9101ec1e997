namespace CardTool.Cli;

internal static class HttpUrl
{
    /// <summary>The value when it is an absolute http(s) URL; otherwise a usage error naming the option.</summary>
    public static string Require(string value, string option) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? value
            : throw new UsageException($"--{option} is an http(s) URL, not \"{value}\".");
}
