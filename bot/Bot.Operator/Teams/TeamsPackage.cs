using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Operator.Drawing;
using Bot.Operator.FrontDoor;
using SkiaSharp;

namespace Bot.Operator.Teams;

/// <summary>The app package Teams' admin centre takes: a zip with manifest.json and the two icons at its root.</summary>
public static class TeamsPackage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream destination, FrontDoorData data, TeamsPackageRequest request, SKTypeface typeface)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(TeamsManifest.Build(data, request), Indented));
        Add(zip, TeamsManifest.ColorIcon, TeamsIconPainter.PaintColor(data.Teams, typeface));
        Add(zip, TeamsManifest.OutlineIcon, TeamsIconPainter.PaintOutline(data.Teams, typeface));
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        // A fixed time: the same data and arguments give the same zip.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
