using System.Globalization;
using SkiaSharp;

namespace Bot.Operator.Drawing;

internal static class Colors
{
    /// <summary>"#RRGGBB" (checked by FrontDoorRules) as an opaque colour.</summary>
    public static SKColor Parse(string hex) => new(
        byte.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        byte.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        byte.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
