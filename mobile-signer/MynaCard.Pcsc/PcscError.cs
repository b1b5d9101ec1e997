using MynaCard.Errors;

namespace MynaCard.Pcsc;

/// <summary>A PC/SC failure that none of the typed transport errors describes; <see cref="Code"/> is the SCARD_* code.</summary>
public sealed class PcscException(uint code, string message) : CardTransportException(message)
{
    public uint Code { get; } = code;
}

/// <summary>Where a PC/SC call failed: the same code means different things before and after the card is connected.</summary>
internal enum PcscPhase
{
    /// <summary>Context, reader list, status change: no card involved yet.</summary>
    Context,

    /// <summary>SCardConnect: the card is expected to be there.</summary>
    Connect,

    /// <summary>Transmit, status, transaction on a connected card.</summary>
    Operation,
}

/// <summary>The SCARD_* codes (pcsc-lite's pcsclite.h) and their mapping to the card library's typed errors.</summary>
internal static class PcscError
{
    public const uint Success = 0x00000000;
    public const uint InternalError = 0x80100001;
    public const uint Cancelled = 0x80100002;
    public const uint InvalidHandle = 0x80100003;
    public const uint InvalidParameter = 0x80100004;
    public const uint NoMemory = 0x80100006;
    public const uint InsufficientBuffer = 0x80100008;
    public const uint UnknownReader = 0x80100009;
    public const uint Timeout = 0x8010000A;
    public const uint SharingViolation = 0x8010000B;
    public const uint NoSmartcard = 0x8010000C;
    public const uint ProtoMismatch = 0x8010000F;
    public const uint NotReady = 0x80100010;
    public const uint InvalidValue = 0x80100011;
    public const uint SystemCancelled = 0x80100012;
    public const uint CommError = 0x80100013;
    public const uint UnknownError = 0x80100014;
    public const uint InvalidAtr = 0x80100015;
    public const uint NotTransacted = 0x80100016;
    public const uint ReaderUnavailable = 0x80100017;
    public const uint Shutdown = 0x80100018;
    public const uint PciTooSmall = 0x80100019;
    public const uint ReaderUnsupported = 0x8010001A;
    public const uint CardUnsupported = 0x8010001C;
    public const uint NoService = 0x8010001D;
    public const uint ServiceStopped = 0x8010001E;
    public const uint Unexpected = 0x8010001F;
    public const uint NoReadersAvailable = 0x8010002E;
    public const uint CommDataLost = 0x8010002F;
    public const uint ServerTooBusy = 0x80100031;
    public const uint UnsupportedCard = 0x80100065;
    public const uint UnresponsiveCard = 0x80100066;
    public const uint UnpoweredCard = 0x80100067;
    public const uint ResetCard = 0x80100068;
    public const uint RemovedCard = 0x80100069;

    private static readonly Dictionary<uint, string> Names = new()
    {
        [InternalError] = "SCARD_F_INTERNAL_ERROR",
        [Cancelled] = "SCARD_E_CANCELLED",
        [InvalidHandle] = "SCARD_E_INVALID_HANDLE",
        [InvalidParameter] = "SCARD_E_INVALID_PARAMETER",
        [NoMemory] = "SCARD_E_NO_MEMORY",
        [InsufficientBuffer] = "SCARD_E_INSUFFICIENT_BUFFER",
        [UnknownReader] = "SCARD_E_UNKNOWN_READER",
        [Timeout] = "SCARD_E_TIMEOUT",
        [SharingViolation] = "SCARD_E_SHARING_VIOLATION",
        [NoSmartcard] = "SCARD_E_NO_SMARTCARD",
        [ProtoMismatch] = "SCARD_E_PROTO_MISMATCH",
        [NotReady] = "SCARD_E_NOT_READY",
        [InvalidValue] = "SCARD_E_INVALID_VALUE",
        [SystemCancelled] = "SCARD_E_SYSTEM_CANCELLED",
        [CommError] = "SCARD_F_COMM_ERROR",
        [UnknownError] = "SCARD_F_UNKNOWN_ERROR",
        [InvalidAtr] = "SCARD_E_INVALID_ATR",
        [NotTransacted] = "SCARD_E_NOT_TRANSACTED",
        [ReaderUnavailable] = "SCARD_E_READER_UNAVAILABLE",
        [Shutdown] = "SCARD_P_SHUTDOWN",
        [PciTooSmall] = "SCARD_E_PCI_TOO_SMALL",
        [ReaderUnsupported] = "SCARD_E_READER_UNSUPPORTED",
        [CardUnsupported] = "SCARD_E_CARD_UNSUPPORTED",
        [NoService] = "SCARD_E_NO_SERVICE",
        [ServiceStopped] = "SCARD_E_SERVICE_STOPPED",
        [Unexpected] = "SCARD_E_UNEXPECTED",
        [NoReadersAvailable] = "SCARD_E_NO_READERS_AVAILABLE",
        [CommDataLost] = "SCARD_E_COMM_DATA_LOST",
        [ServerTooBusy] = "SCARD_E_SERVER_TOO_BUSY",
        [UnsupportedCard] = "SCARD_W_UNSUPPORTED_CARD",
        [UnresponsiveCard] = "SCARD_W_UNRESPONSIVE_CARD",
        [UnpoweredCard] = "SCARD_W_UNPOWERED_CARD",
        [ResetCard] = "SCARD_W_RESET_CARD",
        [RemovedCard] = "SCARD_W_REMOVED_CARD",
    };

    public static string Describe(uint code) =>
        Names.TryGetValue(code, out var name) ? $"{name} (0x{code:X8})" : $"0x{code:X8}";

    /// <summary>Throws the typed error for a failed call; returns when <paramref name="result"/> is success.</summary>
    public static void Check(nint result, PcscPhase phase, string function, string? reader = null)
    {
        var code = Native.PcscNative.Code(result);
        if (code != Success)
        {
            throw ToException(code, phase, function, reader);
        }
    }

    public static CardTransportException ToException(uint code, PcscPhase phase, string function, string? reader = null)
    {
        var where = reader is null ? "" : $" ({reader})";
        return (code, phase) switch
        {
            (NoService or ServiceStopped or Shutdown, _) =>
                new NoReaderException($"The PC/SC service (pcscd) is not running: {function} answered {Describe(code)}."),
            (NoReadersAvailable, _) => new NoReaderException("No card reader is connected."),
            (UnknownReader or ReaderUnavailable, PcscPhase.Context or PcscPhase.Connect) =>
                new NoReaderException($"The card reader{where} is not connected: {function} answered {Describe(code)}."),
            (NoSmartcard or RemovedCard, PcscPhase.Context or PcscPhase.Connect) =>
                new NoCardException($"No card is in the reader{where}."),
            (RemovedCard or NoSmartcard or ReaderUnavailable or UnknownReader, PcscPhase.Operation) =>
                new CardRemovedException($"The card was removed from the reader{where} during the operation ({Describe(code)})."),
            (ResetCard, PcscPhase.Operation) =>
                new CardRemovedException($"The card in the reader{where} was reset during the operation ({Describe(code)})."),
            (NotTransacted, PcscPhase.Operation) =>
                new CardRemovedException($"The exchange with the card{where} broke off; it was probably removed ({Describe(code)})."),
            (UnresponsiveCard or UnpoweredCard or UnsupportedCard, _) =>
                new PcscException(code, $"The card in the reader{where} does not answer; take it out and put it back ({Describe(code)})."),
            (SharingViolation, _) =>
                new PcscException(code, $"Another application is using the card{where} exclusively ({Describe(code)})."),
            _ => new PcscException(code, $"{function}{where} failed: {Describe(code)}."),
        };
    }
}
