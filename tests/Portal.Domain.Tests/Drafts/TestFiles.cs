using System.Text;
using Portal.Domain.Drafts.Attachments;

namespace Portal.Domain.Tests.Drafts;

/// <summary>Small files that start as each type does (enough for content sniffing) and some that must be refused.</summary>
public static class TestFiles
{
    public static byte[] Pdf => Bytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 1, 2, 3];

    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 2, 0xFF, 0xD9];

    /// <summary>A Windows executable's "MZ" header.</summary>
    public static byte[] Exe => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    public static byte[] Eicar => EicarMalwareScanner.Signature;

    /// <summary>A PDF carrying the EICAR string: allowed by type, caught by the scan.</summary>
    public static byte[] PdfWithEicar => [.. Bytes("%PDF-1.4\n% "), .. EicarMalwareScanner.Signature, .. Bytes("\n%%EOF\n")];

    /// <summary>A PDF of exactly <paramref name="size"/> bytes.</summary>
    public static byte[] PdfOfSize(long size)
    {
        var bytes = new byte[size];
        Pdf.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Bytes(string text) => Encoding.ASCII.GetBytes(text);
}
