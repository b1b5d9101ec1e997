using Bot.Operator.FrontDoor;
using SkiaSharp;

namespace Bot.Operator.Drawing;

/// <summary>
/// The Teams app's two icons: the colour icon (192x192, the accent colour with the mark in white) and the outline icon
/// (32x32, white on a transparent background — Teams tints it, so every pixel is white and only alpha varies).
/// </summary>
public static class TeamsIconPainter
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    public static byte[] PaintColor(TeamsAppData app, SKTypeface typeface)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(ColorSize, ColorSize, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Colors.Parse(app.AccentColor));
            DrawMark(canvas, ColorSize, app.IconText, typeface);
        }
        return Encode(bitmap);
    }

    public static byte[] PaintOutline(TeamsAppData app, SKTypeface typeface)
    {
        using var drawn = new SKBitmap(new SKImageInfo(OutlineSize, OutlineSize, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(drawn))
        {
            canvas.Clear(SKColors.Transparent);
            DrawMark(canvas, OutlineSize, app.IconText, typeface);
        }
        // Anti-aliased edges are stored premultiplied (grey); Teams wants white with alpha, so keep only the coverage.
        using var white = new SKBitmap(new SKImageInfo(OutlineSize, OutlineSize, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                white.SetPixel(x, y, SKColors.White.WithAlpha(drawn.GetPixel(x, y).Alpha));
            }
        }
        return Encode(white);
    }

    /// <summary>A white ring with the mark's character inside.</summary>
    private static void DrawMark(SKCanvas canvas, int size, string text, SKTypeface typeface)
    {
        var ring = Math.Max(2f, size / 16f);
        using (var stroke = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = ring })
        {
            canvas.DrawCircle(size / 2f, size / 2f, size / 2f - ring, stroke);
        }
        var glyph = size * 0.52f;
        TextFitting.DrawCentered(canvas, text, size / 2f, size / 2f + glyph * 0.36f, size * 0.6f, glyph, typeface, SKColors.White);
    }

    private static byte[] Encode(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
