using System.Text;

namespace MynaCard.SoftwareCard.Tests.Support;

/// <summary>The reference's APDUs, as hex, written out rather than taken from the code under test.</summary>
public static class Apdus
{
    public const string JpkiAid = "D392F000260100000001";
    public const string CardInputAid = "D3921000310001010408";
    public const string SelectJpki = "00A4040C0A" + JpkiAid;
    public const string SelectCardInput = "00A4040C0A" + CardInputAid;
    public const string VerifyEmpty = "00200080";

    /// <summary>SHA-256 DigestInfo prefix (RFC 8017 §9.2 note 1).</summary>
    public const string Sha256DigestInfoPrefix = "3031300D060960864801650304020105000420";

    public static string SelectEf(string id) => "00A4020C02" + id;

    public static string Verify(string pin) => $"00200080{pin.Length:X2}{Convert.ToHexString(Encoding.ASCII.GetBytes(pin))}";

    public static string ReadBinary(int offset, int le) => $"00B0{offset:X4}{le % 256:X2}";

    public static string ReadBinaryExtended(int offset, int le) => $"00B0{offset:X4}00{le % 65536:X4}";

    public static string Sign(byte[] data) => $"802A0080{data.Length:X2}{Convert.ToHexString(data)}00";

    public static byte[] DigestInfo(byte[] sha256) => [.. Convert.FromHexString(Sha256DigestInfoPrefix), .. sha256];

    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
