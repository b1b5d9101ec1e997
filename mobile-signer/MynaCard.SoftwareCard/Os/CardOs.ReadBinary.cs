using MynaCard.Apdu;

namespace MynaCard.SoftwareCard.Os;

internal sealed partial class CardOs
{
    /// <summary>P1 bit 8 set would mean a short EF id in P1 (not supported here), so offsets stop at 7FFF.</summary>
    private const byte ShortEfIdFlag = 0x80;

    /// <summary>
    /// READ BINARY <c>00 B0 P1 P2 Le</c> of the current EF from offset P1-P2, short or extended Le. Fewer bytes
    /// than Le at the end of the file; an offset at or past the end is 6B 00 (ISO 7816-4).
    /// </summary>
    private ResponseApdu ReadBinary(CommandApdu command)
    {
        if ((command.P1 & ShortEfIdFlag) != 0)
        {
            return ResponseApdu.Error(StatusWord.IncorrectP1P2);
        }
        if (!command.Data.IsEmpty || command.Ne is not { } ne)
        {
            return ResponseApdu.Error(StatusWord.WrongLength);
        }
        if (currentFile is not BinaryFile file)
        {
            return ResponseApdu.Error(StatusWord.NoCurrentElementaryFile);
        }
        if (file.ReadPin is { Verified: false })
        {
            return ResponseApdu.Error(StatusWord.SecurityStatusNotSatisfied);
        }
        var offset = command.P1 << 8 | command.P2;
        if (offset >= file.Content.Length)
        {
            return ResponseApdu.Error(StatusWord.WrongP1P2);
        }
        var count = Math.Min(ne, file.Content.Length - offset);
        var status = count < ne && settings.EndOfFileWarning ? Sw.EndOfFileWarning : StatusWord.Success;
        return new ResponseApdu(file.Content.AsMemory(offset, count), status);
    }
}
