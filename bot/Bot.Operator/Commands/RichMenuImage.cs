using Bot.Operator.Cli;
using Bot.Operator.Drawing;
using Bot.Operator.FrontDoor;
using SkiaSharp;

namespace Bot.Operator.Commands;

/// <summary>The image to upload: drawn from the data, or a file the operator gives, checked against LINE's rules first.</summary>
internal static class RichMenuImage
{
    public static byte[] For(FrontDoorData data, string? file, Func<string, string?> environment)
    {
        if (file is null)
        {
            using var typeface = JapaneseFont.Load(environment(JapaneseFont.PathVariable));
            return RichMenuPainter.Paint(data, typeface);
        }
        var bytes = File.ReadAllBytes(file);
        if (bytes.Length > RichMenuPainter.MaxImageBytes)
        {
            throw new OperatorException($"{file} は {bytes.Length} バイトで、LINE の上限 1 MB を超えています。");
        }
        using var codec = SKCodec.Create(new MemoryStream(bytes))
            ?? throw new OperatorException($"{file} は画像として読めません。");
        if (codec.EncodedFormat != SKEncodedImageFormat.Png || codec.Info.Width != data.Line.Size.Width || codec.Info.Height != data.Line.Size.Height)
        {
            throw new OperatorException(
                $"{file} は {data.Line.Size.Width}x{data.Line.Size.Height} の PNG ではありません（{codec.EncodedFormat} {codec.Info.Width}x{codec.Info.Height}）。");
        }
        return bytes;
    }
}
