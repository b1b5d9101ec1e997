namespace MynaCard.Tests.Jpki;

/// <summary>The JPKI AP's commands as the card reference writes them, so the scripts read like a card trace.</summary>
internal static class JpkiApdus
{
    public const string SelectAp = "00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01";
    public const string Sha256DigestInfoPrefix = "30 31 30 0D 06 09 60 86 48 01 65 03 04 02 01 05 00 04 20";
    public const string Ok = "90 00";

    public static string SelectFile(string ef) => $"00 A4 02 0C 02 {ef}";

    public static string VerifyEmpty => "00 20 00 80";

    public static string Verify(string asciiPin) => $"00 20 00 80 {asciiPin.Length:X2} {Convert.ToHexString(System.Text.Encoding.ASCII.GetBytes(asciiPin))}";

    public static string Sign(ReadOnlySpan<byte> sha256) => $"80 2A 00 80 33 {Sha256DigestInfoPrefix} {Convert.ToHexString(sha256)} 00";

    public static string ReadBinary(int offset, string le) => $"00 B0 {offset >> 8:X2} {offset & 0xFF:X2} {le}";
}
