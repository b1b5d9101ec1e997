using SkiaSharp;

namespace Bot.Operator.Drawing;

/// <summary>
/// IPAex Gothic, the Japanese font the printable forms embed too (scripts/lib/fonts.sh installs it; the same path as
/// Portal.Domain's PrintingFontLocator). Skia's own fallback may have no Japanese glyphs, so the file is required.
/// </summary>
public static class JapaneseFont
{
    public const string DebianPath = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    /// <summary>The setting that points elsewhere (e.g. another machine's copy of ipaexg.ttf).</summary>
    public const string PathVariable = "Bot__Operator__FontPath";

    public static SKTypeface Load(string? path = null)
    {
        path = string.IsNullOrWhiteSpace(path) ? DebianPath : path;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"日本語フォント（IPAex ゴシック）がありません: {path}。apt-get install -y fonts-ipaexfont-gothic で入れるか、{PathVariable} で ipaexg.ttf を指定してください。");
        }
        return SKTypeface.FromFile(path) ?? throw new InvalidDataException($"{path} はフォントとして読めません。");
    }
}
