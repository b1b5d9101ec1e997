namespace MynaCard.Tests.Fakes;

/// <summary>Builds the bytes the card's files hold: certificate-shaped blobs and BER-TLVs with a chosen length form.</summary>
public static class Der
{
    /// <summary>A blob that starts like a certificate, <c>30 82 LL LL</c>, and is <paramref name="total"/> bytes long.</summary>
    public static byte[] Certificate(int total)
    {
        var body = Bytes.Pattern(total - 4, seed: 3);
        return [0x30, 0x82, (byte)((total - 4) >> 8), (byte)(total - 4), .. body];
    }

    /// <summary>One TLV; <paramref name="lengthBytes"/> forces the long form (1 = 81, 2 = 82, 3 = 83), 0 = the shortest.</summary>
    public static byte[] Tlv(uint tag, ReadOnlySpan<byte> value, int lengthBytes = 0) =>
        [.. TagBytes(tag), .. Length(value.Length, lengthBytes), .. value];

    public static byte[] Length(int length, int lengthBytes = 0)
    {
        if (lengthBytes == 0)
        {
            lengthBytes = length switch { < 0x80 => 0, <= 0xFF => 1, <= 0xFFFF => 2, _ => 3 };
        }
        return lengthBytes switch
        {
            0 => [(byte)length],
            1 => [0x81, (byte)length],
            2 => [0x82, (byte)(length >> 8), (byte)length],
            _ => [0x83, (byte)(length >> 16), (byte)(length >> 8), (byte)length],
        };
    }

    private static byte[] TagBytes(uint tag) => tag switch
    {
        <= 0xFF => [(byte)tag],
        <= 0xFFFF => [(byte)(tag >> 8), (byte)tag],
        <= 0xFFFFFF => [(byte)(tag >> 16), (byte)(tag >> 8), (byte)tag],
        _ => [(byte)(tag >> 24), (byte)(tag >> 16), (byte)(tag >> 8), (byte)tag],
    };
}
