namespace MynaCard.Apdu;

/// <summary>The two status bytes that end every response (ISO 7816-4 §5.6), as one value.</summary>
public readonly record struct StatusWord(ushort Value)
{
    public static readonly StatusWord Success = new(0x9000);
    public static readonly StatusWord WrongLength = new(0x6700);
    public static readonly StatusWord SecurityStatusNotSatisfied = new(0x6982);
    public static readonly StatusWord AuthenticationMethodBlocked = new(0x6983);
    public static readonly StatusWord ReferenceDataNotUsable = new(0x6984);
    public static readonly StatusWord ConditionsOfUseNotSatisfied = new(0x6985);
    public static readonly StatusWord NoCurrentElementaryFile = new(0x6986);
    public static readonly StatusWord IncorrectData = new(0x6A80);
    public static readonly StatusWord FileNotFound = new(0x6A82);
    public static readonly StatusWord IncorrectP1P2 = new(0x6A86);
    public static readonly StatusWord WrongP1P2 = new(0x6B00);
    public static readonly StatusWord InstructionNotSupported = new(0x6D00);
    public static readonly StatusWord ClassNotSupported = new(0x6E00);

    public StatusWord(byte sw1, byte sw2) : this((ushort)(sw1 << 8 | sw2))
    {
    }

    public byte Sw1 => (byte)(Value >> 8);

    public byte Sw2 => (byte)Value;

    public bool IsSuccess => Value == 0x9000;

    /// <summary>63 Cx: a PIN was wrong (or, to an empty VERIFY, the count itself); x tries are left.</summary>
    public bool IsTriesLeft => (Value & 0xFFF0) == 0x63C0;

    public int TriesLeft => IsTriesLeft ? Value & 0x0F : throw new InvalidOperationException($"{this} carries no retry count.");

    /// <summary>61 xx: more response data waits for GET RESPONSE.</summary>
    public bool IsMoreDataAvailable => Sw1 == 0x61;

    /// <summary>6C xx: wrong Le; the card says how many bytes it has.</summary>
    public bool IsWrongLe => Sw1 == 0x6C;

    public static StatusWord TriesLeftCount(int tries) => new((ushort)(0x63C0 | (tries & 0x0F)));

    public override string ToString() => $"{Sw1:X2} {Sw2:X2}";
}
