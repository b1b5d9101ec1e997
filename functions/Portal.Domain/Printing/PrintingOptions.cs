namespace Portal.Domain.Printing;

/// <summary>Printable forms. Bound from <c>Printing</c>.</summary>
public sealed class PrintingOptions
{
    public const string Section = "Printing";

    /// <summary>The configuration key of <see cref="FontPath"/>, named in the error when the font is missing.</summary>
    public const string FontPathKey = "Printing:FontPath";

    /// <summary>
    /// The TrueType Japanese font embedded in every PDF (IPAex Gothic). Empty: <c>fonts/ipaexg.ttf</c> next to the
    /// app (the build copies it there), then the Debian package's path.
    /// </summary>
    public string? FontPath { get; set; }
}
