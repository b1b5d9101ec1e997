using MynaCard.Errors;

namespace MynaCard.Ber;

/// <summary>
/// One BER-TLV. <see cref="Tag"/> holds the tag bytes as one big-endian number (DF 21 → 0xDF21, FF 20 → 0xFF20) so that
/// tags read as they are written in the card's documentation; a constructed tag also has the TLVs of its value.
/// </summary>
public sealed record Tlv(uint Tag, ReadOnlyMemory<byte> Value, IReadOnlyList<Tlv> Children)
{
    /// <summary>Bit 6 (0x20) of the first tag byte: the value is itself a sequence of TLVs.</summary>
    public bool IsConstructed => (FirstTagByte(Tag) & 0x20) != 0;

    /// <summary>The first child with this tag, or null.</summary>
    public Tlv? Find(uint tag) => Children.FirstOrDefault(child => child.Tag == tag);

    /// <summary>The first child with this tag; a missing one means the card's data is not what we expect.</summary>
    public Tlv Require(uint tag) => Find(tag) ?? throw new CardFormatException($"TLV {Tag:X} has no {tag:X} inside.");

    private static uint FirstTagByte(uint tag)
    {
        // The parser never yields a zero first byte, so the highest non-zero byte is the first one.
        while (tag > 0xFF)
        {
            tag >>= 8;
        }
        return tag;
    }
}
