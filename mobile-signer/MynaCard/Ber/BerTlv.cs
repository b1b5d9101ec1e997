using MynaCard.Errors;

namespace MynaCard.Ber;

/// <summary>
/// A BER-TLV parser (ISO 7816-4 §5.2 / X.690 §8.1) for what the card's files hold: tags of up to 4 bytes, lengths in
/// the short form or 81 / 82 / 83, constructed values parsed recursively. The bytes come from a card, so every
/// malformed input is a <see cref="CardFormatException"/> and nothing else.
/// </summary>
public static class BerTlv
{
    public const int MaxTagBytes = 4;

    /// <summary>Nesting deeper than this is refused: hostile bytes could otherwise nest until the stack overflows.</summary>
    public const int MaxDepth = 16;

    private const int MaxLengthBytes = 3;

    /// <summary>All TLVs of <paramref name="bytes"/>, which they must fill exactly.</summary>
    public static IReadOnlyList<Tlv> Parse(ReadOnlySpan<byte> bytes) => ReadAll(bytes.ToArray(), depth: 0);

    /// <summary>The TLV at the start of <paramref name="bytes"/>; what follows it (a file's padding) is left alone.</summary>
    public static Tlv ParseFirst(ReadOnlySpan<byte> bytes, out int length) => ReadOne(bytes.ToArray(), depth: 0, out length);

    /// <summary>
    /// The size of the TLV that starts with this header (tag + length bytes), header included: how much of a file
    /// to read. Only the header has to be there.
    /// </summary>
    public static int TotalLength(ReadOnlySpan<byte> header)
    {
        var (_, tagLength) = ReadTag(header);
        var (valueLength, lengthLength) = ReadLength(header[tagLength..]);
        return tagLength + lengthLength + valueLength;
    }

    private static List<Tlv> ReadAll(ReadOnlyMemory<byte> source, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new CardFormatException($"BER-TLV nested deeper than {MaxDepth} levels.");
        }
        var tlvs = new List<Tlv>();
        while (!source.IsEmpty)
        {
            tlvs.Add(ReadOne(source, depth, out var length));
            source = source[length..];
        }
        return tlvs;
    }

    private static Tlv ReadOne(ReadOnlyMemory<byte> source, int depth, out int length)
    {
        var span = source.Span;
        var (tag, tagLength) = ReadTag(span);
        var (valueLength, lengthLength) = ReadLength(span[tagLength..]);
        var start = tagLength + lengthLength;
        if (valueLength > span.Length - start)
        {
            throw new CardFormatException($"BER-TLV {tag:X} says {valueLength} bytes but only {span.Length - start} follow.");
        }
        var value = source.Slice(start, valueLength);
        length = start + valueLength;
        var constructed = (span[0] & 0x20) != 0;
        return new Tlv(tag, value, constructed ? ReadAll(value, depth + 1) : []);
    }

    private static (uint Tag, int Length) ReadTag(ReadOnlySpan<byte> span)
    {
        if (span.IsEmpty)
        {
            throw new CardFormatException("BER-TLV cut short: no tag.");
        }
        uint tag = span[0];
        if (tag == 0)
        {
            // 00 is padding or an end-of-contents marker, which only indefinite lengths (refused) would need.
            throw new CardFormatException("BER-TLV tag 00 is not a tag.");
        }
        if ((tag & 0x1F) != 0x1F)
        {
            return (tag, 1);
        }
        // High tag number form: the following bytes carry 7 bits each, bit 8 set on all but the last.
        for (var at = 1; ; at++)
        {
            if (at >= span.Length)
            {
                throw new CardFormatException("BER-TLV cut short inside a tag.");
            }
            if (at == MaxTagBytes)
            {
                throw new CardFormatException($"BER-TLV tag longer than {MaxTagBytes} bytes.");
            }
            var next = span[at];
            if (at == 1 && (next & 0x7F) == 0)
            {
                throw new CardFormatException("BER-TLV tag number with a leading zero (X.690 §8.1.2.4.2).");
            }
            tag = tag << 8 | next;
            if ((next & 0x80) == 0)
            {
                return (tag, at + 1);
            }
        }
    }

    private static (int Value, int Length) ReadLength(ReadOnlySpan<byte> span)
    {
        if (span.IsEmpty)
        {
            throw new CardFormatException("BER-TLV cut short: no length.");
        }
        var first = span[0];
        if (first < 0x80)
        {
            return (first, 1);
        }
        var count = first & 0x7F;
        if (count == 0)
        {
            throw new CardFormatException("BER-TLV indefinite length (80) is not used by the card and is refused.");
        }
        if (count > MaxLengthBytes)
        {
            throw new CardFormatException($"BER-TLV length of {count} bytes; at most {MaxLengthBytes} (83) are accepted.");
        }
        if (span.Length <= count)
        {
            throw new CardFormatException("BER-TLV cut short inside a length.");
        }
        var value = 0;
        foreach (var b in span.Slice(1, count))
        {
            value = value << 8 | b;
        }
        return (value, 1 + count);
    }
}
