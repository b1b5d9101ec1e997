using System.Numerics;
using System.Security.Cryptography;

namespace MynaCard.SoftwareCard.Os;

/// <summary>
/// The card's RSA operation: RSASSA-PKCS1-v1_5 over the bytes it is given, as they are (normally a DigestInfo, but
/// the card does not look). .NET's RSA only signs a hash it wraps itself, so the padding and the private-key power
/// (with the CRT) are done here; the result is the standard signature, byte for byte.
/// </summary>
internal sealed class RsaPrivateKey
{
    private readonly BigInteger modulus;
    private readonly BigInteger p;
    private readonly BigInteger q;
    private readonly BigInteger dp;
    private readonly BigInteger dq;
    private readonly BigInteger qInverse;

    public RsaPrivateKey(RSAParameters key)
    {
        modulus = Unsigned(key.Modulus);
        p = Unsigned(key.P);
        q = Unsigned(key.Q);
        dp = Unsigned(key.DP);
        dq = Unsigned(key.DQ);
        qInverse = Unsigned(key.InverseQ);
        Length = key.Modulus!.Length;
    }

    /// <summary>The modulus length: 256 bytes for RSA-2048.</summary>
    public int Length { get; }

    /// <summary>00 01, at least 8 bytes FF, 00: 11 bytes of the block are padding (RFC 8017 §9.2).</summary>
    public int MaxInputLength => Length - 11;

    public static RsaPrivateKey FromPkcs8(ReadOnlySpan<byte> pkcs8)
    {
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(pkcs8, out var read);
        if (read != pkcs8.Length)
        {
            throw new CryptographicException($"{pkcs8.Length - read} bytes follow the PKCS#8 key.");
        }
        return new RsaPrivateKey(rsa.ExportParameters(includePrivateParameters: true));
    }

    public byte[] Sign(ReadOnlySpan<byte> input)
    {
        if (input.Length > MaxInputLength)
        {
            throw new ArgumentException($"At most {MaxInputLength} bytes can be padded.", nameof(input));
        }
        var block = new byte[Length];
        block[1] = 0x01;
        block.AsSpan(2, Length - input.Length - 3).Fill(0xFF);
        input.CopyTo(block.AsSpan(Length - input.Length));
        var m = Unsigned(block);
        // CRT (RFC 8017 §5.1.2): m^d mod n from the two half-size powers.
        var m1 = BigInteger.ModPow(m, dp, p);
        var m2 = BigInteger.ModPow(m, dq, q);
        var h = qInverse * (m1 - m2) % p;
        if (h.Sign < 0)
        {
            h += p;
        }
        var signature = m2 + h * q;
        var bytes = signature.ToByteArray(isUnsigned: true, isBigEndian: true);
        var result = new byte[Length];
        bytes.CopyTo(result.AsSpan(Length - bytes.Length));
        return result;
    }

    public bool HasModulus(ReadOnlySpan<byte> other) => Unsigned(other) == modulus;

    private static BigInteger Unsigned(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);
}
