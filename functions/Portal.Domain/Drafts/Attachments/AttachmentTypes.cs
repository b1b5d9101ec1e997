namespace Portal.Domain.Drafts.Attachments;

/// <summary>
/// The file types a draft accepts, told by their first bytes (magic numbers), never by the name or the declared
/// Content-Type: a PNG named "scan.pdf" is a PNG, an executable named "scan.pdf" is refused.
/// </summary>
public static class AttachmentTypes
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    /// <summary>How many leading bytes <see cref="Sniff"/> needs.</summary>
    public const int HeadLength = 8;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <returns>The content type, or null for anything else.</returns>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfMagic) ? Pdf
        : head.StartsWith(PngMagic) ? Png
        : head.StartsWith(JpegMagic) ? Jpeg
        : null;
}
