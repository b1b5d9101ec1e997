using System.Runtime.InteropServices;

namespace MynaCard.Pcsc.Native;

/// <summary>
/// pcsc-lite's winscard API (libpcsclite.so.1). On LP64 Linux its DWORD and LONG are C <c>unsigned long</c> and
/// <c>long</c>, and SCARDCONTEXT/SCARDHANDLE are LONG: all 64-bit, hence <see cref="nuint"/>/<see cref="nint"/>
/// throughout. (macOS's PCSC.framework uses 32-bit ones and Windows' winscard.dll other names; neither is served here.)
/// Every function returns a LONG status; its low 32 bits are the SCARD_* code.
/// </summary>
internal static unsafe partial class PcscNative
{
    public const string Library = "libpcsclite.so.1";

    public const int MaxAtrSize = 33;

    /// <summary>Extended-length response: up to 65536 data bytes and SW1 SW2.</summary>
    public const int MaxResponseSize = 65536 + 2;

    public const string PnpNotification = @"\\?PnP?\Notification";

    public const nuint ScopeSystem = 2;

    public const nuint ShareExclusive = 1;
    public const nuint ShareShared = 2;

    public const nuint ProtocolT0 = 1;
    public const nuint ProtocolT1 = 2;

    public const nuint LeaveCard = 0;
    public const nuint ResetCard = 1;
    public const nuint UnpowerCard = 2;

    public const nuint Infinite = 0xFFFFFFFF;

    // SCARD_READERSTATE.dwCurrentState / dwEventState.
    public const nuint StateUnaware = 0x0000;
    public const nuint StateIgnore = 0x0001;
    public const nuint StateChanged = 0x0002;
    public const nuint StateUnknown = 0x0004;
    public const nuint StateUnavailable = 0x0008;
    public const nuint StateEmpty = 0x0010;
    public const nuint StatePresent = 0x0020;
    public const nuint StateMute = 0x0200;

    /// <summary>SCARD_READERSTATE: 8+8+8+8+8+33 bytes, padded to 80.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ReaderState
    {
        public nint Reader;
        public nint UserData;
        public nuint CurrentState;
        public nuint EventState;
        public nuint AtrLength;
        public fixed byte Atr[MaxAtrSize];
    }

    /// <summary>SCARD_IO_REQUEST: the protocol and the size of this header (16).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct IoRequest
    {
        public nuint Protocol;
        public nuint PciLength;
    }

    [LibraryImport(Library)]
    public static partial nint SCardEstablishContext(nuint scope, nint reserved1, nint reserved2, out nint context);

    [LibraryImport(Library)]
    public static partial nint SCardReleaseContext(nint context);

    [LibraryImport(Library)]
    public static partial nint SCardListReaders(nint context, byte* groups, byte* readers, ref nuint readersLength);

    [LibraryImport(Library)]
    public static partial nint SCardGetStatusChange(nint context, nuint timeoutMs, ReaderState* states, nuint count);

    [LibraryImport(Library)]
    public static partial nint SCardCancel(nint context);

    [LibraryImport(Library)]
    public static partial nint SCardConnect(nint context, byte* reader, nuint shareMode, nuint preferredProtocols,
        out nint card, out nuint activeProtocol);

    [LibraryImport(Library)]
    public static partial nint SCardDisconnect(nint card, nuint disposition);

    [LibraryImport(Library)]
    public static partial nint SCardBeginTransaction(nint card);

    [LibraryImport(Library)]
    public static partial nint SCardEndTransaction(nint card, nuint disposition);

    [LibraryImport(Library)]
    public static partial nint SCardTransmit(nint card, IoRequest* sendPci, byte* send, nuint sendLength,
        IoRequest* receivePci, byte* receive, ref nuint receiveLength);

    [LibraryImport(Library)]
    public static partial nint SCardStatus(nint card, byte* readerName, ref nuint readerNameLength, out nuint state,
        out nuint protocol, byte* atr, ref nuint atrLength);

    /// <summary>The SCARD_* code in a returned LONG (pcsc-lite defines them as <c>(LONG)0x801000xx</c>).</summary>
    public static uint Code(nint result) => unchecked((uint)result);
}
