using System.Text;

namespace MynaCard.SoftwareCard.CardFiles;

/// <summary>
/// Replaces a file whole or not at all: write a temporary file beside it, flush it to disk, rename it over the old
/// one. A reader (or a crash) sees the old file or the new one, never half of each.
/// </summary>
public static class AtomicFile
{
    /// <summary>Owner-only on Unix unless <paramref name="ownerOnly"/> is false: card files and CA keys are secrets.</summary>
    public static void WriteAllText(string path, string text, bool ownerOnly = true) =>
        WriteAllBytes(path, Encoding.UTF8.GetBytes(text), ownerOnly);

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, bool ownerOnly = true)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = ownerOnly
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        }
        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
