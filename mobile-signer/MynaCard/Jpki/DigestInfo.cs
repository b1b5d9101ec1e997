namespace MynaCard.Jpki;

/// <summary>
/// The DER DigestInfo (RFC 8017 §9.2) the card signs: it adds PKCS#1 v1.5 padding itself but not the algorithm
/// identifier, so the caller sends SHA-256's prefix and the hash.
/// </summary>
public static class DigestInfo
{
    public const int Sha256Length = 32;

    /// <summary>SEQUENCE { SEQUENCE { OID 2.16.840.1.101.3.4.2.1, NULL }, OCTET STRING (32) }, without the hash.</summary>
    public static ReadOnlySpan<byte> Sha256Prefix =>
        [0x30, 0x31, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20];

    /// <summary>Prefix + hash (51 bytes); a hash of any other length than 32 bytes is an <see cref="ArgumentException"/>.</summary>
    public static byte[] ForSha256(ReadOnlySpan<byte> sha256)
    {
        if (sha256.Length != Sha256Length)
        {
            throw new ArgumentException($"A SHA-256 hash is {Sha256Length} bytes, not {sha256.Length}.", nameof(sha256));
        }
        return [.. Sha256Prefix, .. sha256];
    }
}
