using MynaCard.Errors;

namespace MynaCard.Jpki;

/// <summary>
/// The first bytes of a certificate file, <c>30 82 LL LL</c> (a DER SEQUENCE with a 2-byte length), which tell how much
/// to read: the certificates are 1.5–1.8 KB, so any other header means the file is not a certificate.
/// </summary>
public static class CertificateHeader
{
    public const int Length = 4;

    /// <summary>The certificate's size in bytes, header included (LLLL + 4).</summary>
    public static int TotalLength(ReadOnlySpan<byte> header)
    {
        if (header.Length < Length || header[0] != 0x30 || header[1] != 0x82)
        {
            throw new CardFormatException($"A certificate starts with 30 82 LL LL, not {Convert.ToHexString(header[..Math.Min(header.Length, Length)])}.");
        }
        return (header[2] << 8 | header[3]) + Length;
    }
}
