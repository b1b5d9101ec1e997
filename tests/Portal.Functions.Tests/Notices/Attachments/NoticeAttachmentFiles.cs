using System.Text;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Notices.Attachments;

namespace Portal.Functions.Tests.Notices.Attachments;

/// <summary>Files an agency might upload: a PDF (with its own bytes, to tell downloads apart) and ones to refuse.</summary>
internal static class NoticeAttachmentFiles
{
    public static byte[] Pdf(string marker = "検診のご案内") => Encoding.UTF8.GetBytes($"%PDF-1.7\n% {marker} {Guid.NewGuid():N}\n%%EOF\n");

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    public static byte[] PdfWithEicar => [.. "%PDF-1.4\n% "u8.ToArray(), .. EicarMalwareScanner.Signature, .. "\n%%EOF\n"u8.ToArray()];

    /// <summary>One byte over the limit, the declared length left out so the server has to count it as it streams.</summary>
    public static byte[] TooLarge
    {
        get
        {
            var bytes = new byte[NoticeAttachmentLimits.MaxBytes + 1];
            "%PDF-1.7\n"u8.CopyTo(bytes);
            return bytes;
        }
    }
}
