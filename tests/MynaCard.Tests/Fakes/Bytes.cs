namespace MynaCard.Tests.Fakes;

/// <summary>Byte helpers for readable test data.</summary>
public static class Bytes
{
    /// <summary>Hex with any spaces, e.g. <c>"90 00"</c>.</summary>
    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    /// <summary>Deterministic filler whose every offset differs from its neighbours, so a misplaced chunk shows.</summary>
    public static byte[] Pattern(int length, int seed = 0) =>
        Enumerable.Range(0, length).Select(i => (byte)((i * 7 + seed) % 251)).ToArray();

    /// <summary>A response APDU: data then 90 00.</summary>
    public static byte[] Ok(ReadOnlySpan<byte> data) => [.. data, 0x90, 0x00];

    public static string ToHex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);
}
