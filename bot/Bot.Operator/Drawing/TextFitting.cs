using SkiaSharp;

namespace Bot.Operator.Drawing;

internal static class TextFitting
{
    /// <summary>Draws one line centred on (<paramref name="centerX"/>, baseline), shrunk until it fits the width.</summary>
    public static void DrawCentered(SKCanvas canvas, string text, float centerX, float baseline, float maxWidth, float size, SKTypeface typeface, SKColor color)
    {
        using var font = new SKFont(typeface, size);
        var width = font.MeasureText(text);
        if (width > maxWidth)
        {
            font.Size = size * maxWidth / width;
        }
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, centerX, baseline, SKTextAlign.Center, font, paint);
    }
}
