namespace Portal.Domain.Printing;

/// <summary>Finds the TrueType font printable forms are set in.</summary>
public static class PrintingFontLocator
{
    /// <summary>Where Debian's fonts-ipaexfont-gothic installs the font (what scripts/lib/fonts.sh installs).</summary>
    public const string DebianPath = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    /// <summary>Next to the app: the Functions build copies the font there, as Azure has no package manager.</summary>
    public static string BesideApp(string baseDirectory) => Path.Combine(baseDirectory, "fonts", "ipaexg.ttf");

    /// <summary>
    /// The configured path (which must exist: a typo should not silently fall back), else the first existing default.
    /// </summary>
    public static string Locate(PrintingOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.FontPath))
        {
            return File.Exists(options.FontPath)
                ? options.FontPath
                : throw new PrintingFontNotFoundException(
                    $"The Japanese font for printable forms was not found at {options.FontPath} ({PrintingOptions.FontPathKey}). " +
                    "Point the setting at IPAex Gothic (ipaexg.ttf).");
        }

        string[] candidates = [BesideApp(baseDirectory), DebianPath];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new PrintingFontNotFoundException(
                $"The Japanese font for printable forms was not found (tried {string.Join(", ", candidates)}). " +
                $"Set {PrintingOptions.FontPathKey} to IPAex Gothic (ipaexg.ttf), or install it: " +
                "apt-get install -y fonts-ipaexfont-gothic (and build again so that it is copied next to the app).");
    }
}
