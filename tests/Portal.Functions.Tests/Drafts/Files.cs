using System.Text;
using Portal.Domain.Drafts.Attachments;

namespace Portal.Functions.Tests.Drafts;

/// <summary>Files that start as each type does, and ones that must be refused.</summary>
internal static class Files
{
    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    public static byte[] Exe => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    public static byte[] PdfWithEicar => [.. Encoding.ASCII.GetBytes("%PDF-1.4\n% "), .. EicarMalwareScanner.Signature, .. "\n%%EOF\n"u8.ToArray()];

    public static byte[] PdfOfSize(long size)
    {
        var bytes = new byte[size];
        Pdf.CopyTo(bytes, 0);
        return bytes;
    }
}
