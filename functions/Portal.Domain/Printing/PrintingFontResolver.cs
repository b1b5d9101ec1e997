using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Fonts;

namespace Portal.Domain.Printing;

/// <summary>
/// PDFsharp's font resolver, process-wide by PDFsharp's design (set once, the same instance ever after): it knows only
/// the font files registered here, each under a family name derived from its path, so two configured fonts never mix.
/// </summary>
public sealed class PrintingFontResolver : IFontResolver
{
    private static readonly PrintingFontResolver Instance = new();
    private static readonly Lock InstallLock = new();
    private readonly ConcurrentDictionary<string, byte[]> fonts = new(StringComparer.Ordinal);

    private PrintingFontResolver()
    {
    }

    /// <summary>Loads the TrueType file, installs the resolver if needed and returns the family name to draw with.</summary>
    public static string Register(string fontPath)
    {
        var fullPath = Path.GetFullPath(fontPath);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fullPath)))[..12];
        var family = $"PortalPrint-{hash}";
        Instance.fonts.GetOrAdd(family, _ => File.ReadAllBytes(fullPath));
        Install();
        return family;
    }

    private static void Install()
    {
        lock (InstallLock)
        {
            var current = GlobalFontSettings.FontResolver;
            if (ReferenceEquals(current, Instance))
            {
                return;
            }

            if (current is not null)
            {
                throw new InvalidOperationException("Another PDFsharp font resolver is installed in this process; printable forms need their own.");
            }

            GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        // IPAex Gothic has one weight: bold is simulated, italic is not used on forms.
        fonts.ContainsKey(familyName) ? new FontResolverInfo(familyName, isBold, false) : null;

    public byte[]? GetFont(string faceName) => fonts.TryGetValue(faceName, out var bytes) ? bytes : null;
}
