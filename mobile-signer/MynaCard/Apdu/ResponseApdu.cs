using MynaCard.Errors;

namespace MynaCard.Apdu;

/// <summary>A response APDU: data, then the status word.</summary>
public sealed record ResponseApdu(ReadOnlyMemory<byte> Data, StatusWord Status)
{
    public int Length => Data.Length + 2;

    public byte[] ToBytes()
    {
        var bytes = new byte[Length];
        Data.Span.CopyTo(bytes);
        bytes[^2] = Status.Sw1;
        bytes[^1] = Status.Sw2;
        return bytes;
    }

    public static ResponseApdu Parse(ReadOnlySpan<byte> bytes) =>
        bytes.Length < 2
            ? throw new CardFormatException($"A response APDU has at least 2 bytes, not {bytes.Length}.")
            : new ResponseApdu(bytes[..^2].ToArray(), new StatusWord(bytes[^2], bytes[^1]));

    public static ResponseApdu Ok(ReadOnlyMemory<byte> data = default) => new(data, StatusWord.Success);

    public static ResponseApdu Error(StatusWord status) => new(ReadOnlyMemory<byte>.Empty, status);
}
