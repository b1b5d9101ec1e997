using System.Text.RegularExpressions;

namespace LocalFunctions.Hosting.Functions;

/// <summary>Resolves <c>%Name%</c> references in trigger attributes from configuration, as the host does.</summary>
public static partial class Settings
{
    public static string Resolve(IConfiguration configuration, string value) =>
        Reference().Replace(value, match => configuration[match.Groups[1].Value]
            ?? throw new InvalidOperationException($"The app setting '{match.Groups[1].Value}' used by a trigger is not set."));

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Reference();
}
