using MynaCard.Apdu;

namespace MynaCard.SoftwareCard.Os;

/// <summary>The status words this card answers that <see cref="StatusWord"/> does not name.</summary>
internal static class Sw
{
    /// <summary>62 82: end of file reached before reading Ne bytes (a warning: the data is returned).</summary>
    public static readonly StatusWord EndOfFileWarning = new(0x6282);

    /// <summary>65 81: memory failure — here, the card file could not be written back.</summary>
    public static readonly StatusWord MemoryFailure = new(0x6581);

    /// <summary>6F 00: no precise diagnosis (an internal error of the software card).</summary>
    public static readonly StatusWord NoPreciseDiagnosis = new(0x6F00);

    /// <summary>6C xx: wrong Le; xx is the exact length (00 = 256).</summary>
    public static StatusWord WrongLe(int available) => new(0x6C, (byte)(available >= 256 ? 0 : available));
}
