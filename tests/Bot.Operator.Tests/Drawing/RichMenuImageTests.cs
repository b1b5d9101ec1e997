using Bot.Operator.Drawing;
using Bot.Operator.FrontDoor;
using Bot.Operator.Tests.Fakes;
using SkiaSharp;

namespace Bot.Operator.Tests.Drawing;

public sealed class RichMenuImageTests
{
    [Fact]
    public async Task RenderWritesAPngOfTheMenusSizeUnderLinesOneMegabyteLimit()
    {
        var directory = Directory.CreateTempSubdirectory("rich-menu-");

        var run = await OperatorRun.RunAsync(OperatorRun.NoSettings, "line", "rich-menu", "render", "--out", directory.FullName);

        Assert.Equal(0, run.ExitCode);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(directory.FullName, "line-rich-menu.png"));
        Assert.InRange(bytes.Length, 1, RichMenuPainter.MaxImageBytes);
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        Assert.Equal((2500, 1686), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public void EachAreaIsPaintedInItsOwnColourWhereItCanBeTapped()
    {
        var data = FrontDoorData.Load(FrontDoorData.DefaultPath);
        using var typeface = JapaneseFont.Load();
        using var bitmap = SKBitmap.Decode(RichMenuPainter.Paint(data, typeface));

        foreach (var area in data.Line.Areas)
        {
            // Inside the tile, clear of its rounded corner and of the text in its middle.
            var pixel = bitmap.GetPixel(area.Bounds.X + 60, area.Bounds.Y + 60);
            Assert.Equal(area.Color.ToUpperInvariant(), $"#{pixel.Red:X2}{pixel.Green:X2}{pixel.Blue:X2}");
        }
    }
}
