namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// One spelling of a serial number for both sides of the CRL lookup: the certificate's DER integer may carry a
/// leading zero byte that the CRL parser's big integer drops, so both are cut to upper-case hex without leading zeros.
/// </summary>
internal static class SerialNumbers
{
    public static string Normalize(string hex)
    {
        var trimmed = hex.ToUpperInvariant().TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    public static string Normalize(ReadOnlySpan<byte> bigEndian) => Normalize(Convert.ToHexString(bigEndian));
}
