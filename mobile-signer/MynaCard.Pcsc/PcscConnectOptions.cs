namespace MynaCard.Pcsc;

/// <summary>How <see cref="PcscTransport.ConnectAsync"/> takes the card.</summary>
public sealed record PcscConnectOptions
{
    public static readonly PcscConnectOptions Default = new();

    /// <summary>
    /// Whether extended-length APDUs may be sent. PC/SC cannot tell reliably whether a reader (and its driver) passes
    /// them, so this is the caller's choice; a contact reader with a current CCID driver does.
    /// </summary>
    public bool SupportsExtendedLength { get; init; } = true;

    /// <summary>Shared (the default) lets other applications use the card between transactions.</summary>
    public PcscShareMode ShareMode { get; init; } = PcscShareMode.Shared;

    /// <summary>
    /// What happens to the card when the transport is disposed. <see cref="PcscDisposition.Reset"/> (the default) drops
    /// any verified PIN, so that no other application finds the card unlocked after the signer is done.
    /// </summary>
    public PcscDisposition Disposition { get; init; } = PcscDisposition.Reset;
}

public enum PcscShareMode
{
    Shared,
    Exclusive,
}

public enum PcscDisposition
{
    Leave,
    Reset,
    Unpower,
}

/// <summary>The transmission protocol pcscd negotiated with the card.</summary>
public enum PcscProtocol
{
    T0 = 1,
    T1 = 2,
}
