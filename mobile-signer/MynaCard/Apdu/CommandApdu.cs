using MynaCard.Errors;

namespace MynaCard.Apdu;

/// <summary>
/// A command APDU (ISO 7816-4 §5.1): header, optional data and optional expected length. Encodes itself in the short
/// form when it fits (data ≤ 255, Ne ≤ 256) and in the extended form otherwise.
/// </summary>
public sealed class CommandApdu
{
    public const int MaxShortData = 255;
    public const int MaxShortNe = 256;
    public const int MaxExtendedData = 65535;
    public const int MaxExtendedNe = 65536;

    public CommandApdu(byte cla, byte ins, byte p1, byte p2, ReadOnlyMemory<byte> data = default, int? ne = null)
    {
        if (data.Length > MaxExtendedData)
        {
            throw new ArgumentOutOfRangeException(nameof(data), $"At most {MaxExtendedData} bytes of command data.");
        }
        if (ne is < 1 or > MaxExtendedNe)
        {
            throw new ArgumentOutOfRangeException(nameof(ne), $"Ne is 1 to {MaxExtendedNe} (null = no response data).");
        }
        Cla = cla;
        Ins = ins;
        P1 = p1;
        P2 = p2;
        Data = data;
        Ne = ne;
    }

    public byte Cla { get; }

    public byte Ins { get; }

    public byte P1 { get; }

    public byte P2 { get; }

    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>Maximum number of response data bytes expected; null when none.</summary>
    public int? Ne { get; }

    public ApduCase Case => (Data.Length > 0, Ne is not null) switch
    {
        (false, false) => ApduCase.Case1,
        (false, true) => ApduCase.Case2,
        (true, false) => ApduCase.Case3,
        (true, true) => ApduCase.Case4,
    };

    public bool IsExtended => Data.Length > MaxShortData || Ne > MaxShortNe;

    public byte[] ToBytes()
    {
        var extended = IsExtended;
        var lcLength = Data.Length == 0 ? 0 : extended ? 3 : 1;
        var leLength = Ne is null ? 0 : extended ? (Data.Length == 0 ? 3 : 2) : 1;
        var bytes = new byte[4 + lcLength + Data.Length + leLength];
        bytes[0] = Cla;
        bytes[1] = Ins;
        bytes[2] = P1;
        bytes[3] = P2;
        var at = 4;
        if (Data.Length > 0)
        {
            if (extended)
            {
                bytes[at++] = 0;
                bytes[at++] = (byte)(Data.Length >> 8);
            }
            bytes[at++] = (byte)Data.Length;
            Data.Span.CopyTo(bytes.AsSpan(at));
            at += Data.Length;
        }
        if (Ne is { } ne)
        {
            // Ne's maximum is encoded as zero: 00 = 256 (short), 00 00 = 65536 (extended).
            if (extended)
            {
                if (Data.Length == 0)
                {
                    bytes[at++] = 0;
                }
                bytes[at++] = (byte)(ne == MaxExtendedNe ? 0 : ne >> 8);
            }
            bytes[at] = (byte)(ne == MaxShortNe && !extended ? 0 : ne);
        }
        return bytes;
    }

    /// <summary>Decodes a command APDU in either form; anything else is a <see cref="CardFormatException"/>.</summary>
    public static CommandApdu Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
        {
            throw new CardFormatException($"A command APDU has at least 4 bytes, not {bytes.Length}.");
        }
        var (cla, ins, p1, p2) = (bytes[0], bytes[1], bytes[2], bytes[3]);
        var body = bytes[4..];
        switch (body.Length)
        {
            case 0:
                return new CommandApdu(cla, ins, p1, p2);
            case 1:
                return new CommandApdu(cla, ins, p1, p2, ne: body[0] == 0 ? MaxShortNe : body[0]);
        }
        if (body[0] != 0)
        {
            var lc = body[0];
            var data = body.Slice(1, Math.Min(lc, body.Length - 1)).ToArray();
            return (body.Length - 1 - lc) switch
            {
                0 => new CommandApdu(cla, ins, p1, p2, data),
                1 => new CommandApdu(cla, ins, p1, p2, data, body[^1] == 0 ? MaxShortNe : body[^1]),
                _ => throw new CardFormatException($"Short Lc {lc} does not match the {body.Length - 1} bytes that follow."),
            };
        }
        if (body.Length == 3)
        {
            var le = body[1] << 8 | body[2];
            return new CommandApdu(cla, ins, p1, p2, ne: le == 0 ? MaxExtendedNe : le);
        }
        if (body.Length < 3)
        {
            throw new CardFormatException($"An extended APDU body has at least 3 bytes, not {body.Length}.");
        }
        var extendedLc = body[1] << 8 | body[2];
        if (extendedLc == 0)
        {
            throw new CardFormatException("Extended Lc is zero.");
        }
        var rest = body.Length - 3 - extendedLc;
        if (rest is not (0 or 2))
        {
            throw new CardFormatException($"Extended Lc {extendedLc} does not match the {body.Length - 3} bytes that follow.");
        }
        var extendedData = body.Slice(3, extendedLc).ToArray();
        if (rest == 0)
        {
            return new CommandApdu(cla, ins, p1, p2, extendedData);
        }
        var extendedLe = body[^2] << 8 | body[^1];
        return new CommandApdu(cla, ins, p1, p2, extendedData, extendedLe == 0 ? MaxExtendedNe : extendedLe);
    }

    public override string ToString() => Convert.ToHexString(ToBytes());
}
