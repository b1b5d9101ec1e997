using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.Transport;

namespace MynaCard.Jpki;

/// <summary>
/// Reads the whole of the currently selected EF when only its first bytes tell its size (a certificate's
/// <c>30 82 LL LL</c>, a TLV's tag and length): one READ BINARY for that header, then the rest in one extended-length
/// READ BINARY where the reader takes it, else in 256-byte chunks. Shared by the JPKI and 券面事項入力補助 applets.
/// </summary>
public sealed class BinaryFileReader(CardChannel channel)
{
    /// <summary>Le 00: the most a short READ BINARY returns.</summary>
    public const int ChunkLength = CommandApdu.MaxShortNe;

    /// <summary>READ BINARY (B0) has a 15-bit offset in P1-P2 (P1 bit 8 set means a short file id), so no byte past 7FFF.</summary>
    public const int MaxFileLength = 0x8000;

    private const byte ReadBinary = 0xB0;

    /// <summary>
    /// Reads <paramref name="headerLength"/> bytes, asks <paramref name="totalLength"/> for the file's size (it throws
    /// <see cref="CardFormatException"/> on a header it does not know), then reads up to that size.
    /// </summary>
    public async Task<byte[]> ReadAsync(int headerLength, Func<ReadOnlySpan<byte>, int> totalLength, string operation,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(headerLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(headerLength, ChunkLength);
        var header = await ReadAtAsync(0, headerLength, operation, cancellationToken);
        var total = totalLength(header.Span);
        if (total is < 0 or > MaxFileLength)
        {
            throw new CardFormatException($"{operation}: a file of {total} bytes cannot be read with READ BINARY (at most {MaxFileLength}).");
        }
        var file = new byte[total];
        var have = CopyInto(file, 0, header);
        if (have < total && channel.SupportsExtendedLength)
        {
            have += await ReadExtendedAsync(file, have, operation, cancellationToken);
        }
        while (have < total)
        {
            var chunk = await ReadAtAsync(have, Math.Min(ChunkLength, total - have), operation, cancellationToken);
            if (chunk.IsEmpty)
            {
                // Asking again would loop forever.
                throw new CardFormatException($"{operation}: the card returned no data at offset {have} of {total}.");
            }
            have += CopyInto(file, have, chunk);
        }
        return file;
    }

    /// <summary>
    /// The rest in one command. A reader or card without extended length answers 67 00 (or 6C xx, when the channel
    /// could not settle it) or returns fewer bytes: the chunks then read what is missing. Any other error (a PIN not
    /// verified, no such file) is the answer and is thrown.
    /// </summary>
    private async Task<int> ReadExtendedAsync(byte[] file, int offset, string operation, CancellationToken cancellationToken)
    {
        var response = await channel.TransmitAsync(Command(offset, file.Length - offset), cancellationToken);
        if (response.Status == StatusWord.WrongLength || response.Status.IsWrongLe)
        {
            return 0;
        }
        CardStatusException.ThrowIfError(response, operation);
        return CopyInto(file, offset, response.Data);
    }

    private async Task<ReadOnlyMemory<byte>> ReadAtAsync(int offset, int ne, string operation, CancellationToken cancellationToken)
    {
        var response = await channel.TransmitAsync(Command(offset, ne), cancellationToken);
        CardStatusException.ThrowIfError(response, operation);
        return response.Data;
    }

    /// <summary>Copies what fits; bytes past the size the header gave are padding and dropped.</summary>
    private static int CopyInto(byte[] file, int offset, ReadOnlyMemory<byte> data)
    {
        var count = Math.Min(data.Length, file.Length - offset);
        data.Span[..count].CopyTo(file.AsSpan(offset));
        return count;
    }

    private static CommandApdu Command(int offset, int ne) => new(0x00, ReadBinary, (byte)(offset >> 8), (byte)offset, ne: ne);
}
