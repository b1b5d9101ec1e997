using Bot.Operator.FrontDoor;
using SkiaSharp;

namespace Bot.Operator.Drawing;

/// <summary>
/// Draws the rich menu image from the data: each area a tile in its colour with its label and a line saying what it
/// does, so the picture and the tappable areas cannot drift apart. Flat colours keep the PNG far under LINE's 1 MB.
/// </summary>
public static class RichMenuPainter
{
    /// <summary>LINE's limit for a rich menu image.</summary>
    public const int MaxImageBytes = 1024 * 1024;

    private const float Gap = 10;

    public static byte[] Paint(FrontDoorData data, SKTypeface typeface)
    {
        var menu = data.Line;
        using var bitmap = new SKBitmap(new SKImageInfo(menu.Size.Width, menu.Size.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Colors.Parse(menu.Background));
            foreach (var area in menu.Areas)
            {
                PaintArea(canvas, area, data.Command(area.Command), typeface);
            }
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        var bytes = png.ToArray();
        return bytes.Length <= MaxImageBytes
            ? bytes
            : throw new InvalidDataException($"リッチメニューの画像が {bytes.Length} バイトで、LINE の上限 1 MB を超えています。色の数を減らしてください。");
    }

    private static void PaintArea(SKCanvas canvas, RichMenuArea area, FrontDoorCommand command, SKTypeface typeface)
    {
        var b = area.Bounds;
        var tile = new SKRect(b.X + Gap, b.Y + Gap, b.Right - Gap, b.Bottom - Gap);
        using (var fill = new SKPaint { Color = Colors.Parse(area.Color), IsAntialias = true })
        {
            canvas.DrawRoundRect(tile, 36, 36, fill);
        }
        var ink = Colors.Parse(area.TextColor);
        using (var border = new SKPaint { Color = ink.WithAlpha(40), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 4 })
        {
            canvas.DrawRoundRect(tile, 36, 36, border);
        }
        var maxWidth = tile.Width * 0.86f;
        var labelSize = Math.Min(tile.Height * 0.22f, 190);
        TextFitting.DrawCentered(canvas, command.Label, tile.MidX, tile.MidY + labelSize * 0.2f, maxWidth, labelSize, typeface, ink);
        TextFitting.DrawCentered(canvas, command.Description, tile.MidX, tile.MidY + labelSize * 0.2f + labelSize * 0.75f, maxWidth,
            labelSize * 0.36f, typeface, ink.WithAlpha(210));
    }
}
