using MynaCard.Apdu;
using MynaCard.SoftwareCard.CardFiles;

namespace MynaCard.SoftwareCard.Os;

/// <summary>
/// The card's command interpreter: the current applet and EF, and the four commands the portal needs (SELECT,
/// READ BINARY, VERIFY, COMPUTE DIGITAL SIGNATURE), each in its own file. CLA 00 for the ISO commands, 80 for the
/// signature; any other class 6E 00, any other instruction 6D 00.
/// </summary>
internal sealed partial class CardOs(IReadOnlyList<Applet> applets, CardSettings settings, Action persistCounters)
{
    private const byte IsoClass = 0x00;
    private const byte ProprietaryClass = 0x80;

    private Applet? currentApplet;
    private ElementaryFile? currentFile;

    /// <summary>Power cycle: no applet, no EF, no verified PIN.</summary>
    public void Reset()
    {
        currentApplet = null;
        currentFile = null;
        ForgetAllPins();
    }

    public ResponseApdu Execute(CommandApdu command)
    {
        if (command.Cla is not (IsoClass or ProprietaryClass))
        {
            return ResponseApdu.Error(StatusWord.ClassNotSupported);
        }
        return command.Ins switch
        {
            0xA4 => InClass(command, IsoClass, Select),
            0xB0 => InClass(command, IsoClass, ReadBinary),
            0x20 => InClass(command, IsoClass, Verify),
            0x2A => InClass(command, ProprietaryClass, ComputeDigitalSignature),
            _ => ResponseApdu.Error(StatusWord.InstructionNotSupported),
        };
    }

    private static ResponseApdu InClass(CommandApdu command, byte cla, Func<CommandApdu, ResponseApdu> handler) =>
        command.Cla == cla ? handler(command) : ResponseApdu.Error(StatusWord.ClassNotSupported);

    private void ForgetAllPins()
    {
        foreach (var pin in applets.SelectMany(applet => applet.Pins))
        {
            pin.Forget();
        }
    }
}
