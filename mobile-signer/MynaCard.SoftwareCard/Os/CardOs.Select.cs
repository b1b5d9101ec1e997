using MynaCard.Apdu;

namespace MynaCard.SoftwareCard.Os;

internal sealed partial class CardOs
{
    private const byte ByDfName = 0x04;
    private const byte EfUnderCurrentDf = 0x02;
    private const byte NoResponseData = 0x0C;

    /// <summary>
    /// SELECT <c>00 A4 04 0C</c> by AID or <c>00 A4 02 0C</c> by EF id. An unknown AID or EF is 6A 82 and leaves the
    /// selection as it was; a successful applet SELECT (also of the current one) forgets every verified PIN.
    /// </summary>
    private ResponseApdu Select(CommandApdu command)
    {
        if (command.P2 != NoResponseData)
        {
            return ResponseApdu.Error(StatusWord.IncorrectP1P2);
        }
        return command.P1 switch
        {
            ByDfName => SelectApplet(command.Data.Span),
            EfUnderCurrentDf => SelectFile(command.Data.Span),
            _ => ResponseApdu.Error(StatusWord.IncorrectP1P2),
        };
    }

    private ResponseApdu SelectApplet(ReadOnlySpan<byte> aid)
    {
        if (aid.IsEmpty)
        {
            return ResponseApdu.Error(StatusWord.WrongLength);
        }
        Applet? found = null;
        foreach (var applet in applets)
        {
            if (aid.SequenceEqual(applet.Aid))
            {
                found = applet;
            }
        }
        if (found is null)
        {
            return ResponseApdu.Error(StatusWord.FileNotFound);
        }
        currentApplet = found;
        currentFile = null;
        if (settings.SecurityStateLostOnSelect)
        {
            ForgetAllPins();
        }
        return ResponseApdu.Ok();
    }

    private ResponseApdu SelectFile(ReadOnlySpan<byte> id)
    {
        if (id.Length != 2)
        {
            return ResponseApdu.Error(StatusWord.WrongLength);
        }
        // No applet selected: the MF holds none of these EFs.
        if (currentApplet is null || !currentApplet.Files.TryGetValue((ushort)(id[0] << 8 | id[1]), out var file))
        {
            return ResponseApdu.Error(StatusWord.FileNotFound);
        }
        currentFile = file;
        return ResponseApdu.Ok();
    }
}
