using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using MynaCard.Errors;
using MynaCard.Pcsc.Native;

namespace MynaCard.Pcsc;

/// <summary>
/// A connection to the PC/SC service (an SCARDCONTEXT): lists readers and waits for a card. Cards are reached through
/// <see cref="PcscTransport.ConnectAsync"/>, whose transports must be disposed before this context.
/// One waiting call at a time per context; <see cref="Dispose"/> may come from any thread and cancels a wait.
/// </summary>
public sealed class PcscContext : IDisposable
{
    /// <summary>How long one SCardGetStatusChange call may block, so that cancellation is never late by more.</summary>
    private static readonly TimeSpan WaitSlice = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    private nint _handle;
    private bool _disposed;

    private PcscContext(nint handle) => _handle = handle;

    /// <summary>Connects to pcscd. Throws <see cref="NoReaderException"/> when the service or its library is not there.</summary>
    public static PcscContext Open()
    {
        if (!OperatingSystem.IsLinux())
        {
            // macOS's PCSC.framework has 32-bit DWORDs and Windows' winscard.dll other entry points: not served here.
            throw new NoReaderException($"This PC/SC transport runs on Linux only ({PcscNative.Library}).");
        }
        nint handle;
        try
        {
            PcscError.Check(PcscNative.SCardEstablishContext(PcscNative.ScopeSystem, 0, 0, out handle),
                PcscPhase.Context, "SCardEstablishContext");
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new NoReaderException(
                $"PC/SC is not installed: {PcscNative.Library} could not be loaded (install pcscd and libpcsclite1).", e);
        }
        return new PcscContext(handle);
    }

    internal nint Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _handle;
        }
    }

    /// <summary>The readers pcscd knows, in its order; empty when none is connected.</summary>
    public IReadOnlyList<string> ListReaders()
    {
        var context = Handle;
        for (var attempt = 0; ; attempt++)
        {
            nuint length = 0;
            uint code;
            unsafe
            {
                code = PcscNative.Code(PcscNative.SCardListReaders(context, null, null, ref length));
            }
            if (code == PcscError.NoReadersAvailable)
            {
                return [];
            }
            if (code != PcscError.Success)
            {
                throw PcscError.ToException(code, PcscPhase.Context, "SCardListReaders");
            }
            var buffer = new byte[(int)length];
            unsafe
            {
                fixed (byte* readers = buffer)
                {
                    code = PcscNative.Code(PcscNative.SCardListReaders(context, null, readers, ref length));
                }
            }
            switch (code)
            {
                case PcscError.Success:
                    return ParseMultiString(buffer.AsSpan(0, (int)Math.Min(length, (nuint)buffer.Length)));
                case PcscError.NoReadersAvailable:
                    return [];
                case PcscError.InsufficientBuffer when attempt < 3:
                    continue; // a reader arrived between the two calls
                default:
                    throw PcscError.ToException(code, PcscPhase.Context, "SCardListReaders");
            }
        }
    }

    /// <summary>
    /// Waits until a card is in <paramref name="reader"/> (or, when null, in any reader) and returns that reader's name.
    /// Readers plugged in meanwhile are watched too. At the timeout: <see cref="NoReaderException"/> when no (such)
    /// reader is connected, otherwise <see cref="NoCardException"/>.
    /// </summary>
    public Task<string> WaitForCardAsync(string? reader, TimeSpan timeout, CancellationToken cancellationToken) =>
        Task.Run(() => WaitFor(reader, timeout, present: true, cancellationToken), cancellationToken);

    /// <summary>Waits until <paramref name="reader"/> holds no card (or is gone); <see cref="TimeoutException"/> otherwise.</summary>
    public Task WaitForCardRemovalAsync(string reader, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Task.Run(() => WaitFor(reader, timeout, present: false, cancellationToken), cancellationToken);
    }

    private string WaitFor(string? reader, TimeSpan timeout, bool present, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var context = Handle;
        var pnp = true;
        using var cancel = cancellationToken.Register(Cancel);
        while (true)
        {
            // The reader list is read afresh every slice: readers come and go, and PnP notification is only a wake-up.
            cancellationToken.ThrowIfCancellationRequested();
            var readers = ListReaders().Where(r => reader is null || r == reader).ToArray();
            if (!present && readers.Length == 0)
            {
                return reader!;
            }
            var names = readers.Select(Marshal.StringToCoTaskMemUTF8).ToList();
            if (pnp)
            {
                names.Add(Marshal.StringToCoTaskMemUTF8(PcscNative.PnpNotification));
            }
            var states = new PcscNative.ReaderState[names.Count];
            try
            {
                for (var i = 0; i < states.Length; i++)
                {
                    states[i].Reader = names[i];
                    states[i].CurrentState = PcscNative.StateUnaware;
                }
                // First the current states (UNAWARE answers at once), then a wait for a change from them.
                for (var call = 0; call < 2; call++)
                {
                    var remaining = timeout - clock.Elapsed;
                    if (call == 1 && remaining <= TimeSpan.Zero)
                    {
                        throw TimedOut(reader, timeout, present, readers.Length);
                    }
                    var slice = call == 0 ? TimeSpan.Zero : remaining < WaitSlice ? remaining : WaitSlice;
                    if (states.Length == 0)
                    {
                        Thread.Sleep(slice); // nothing to watch: poll the reader list
                        continue;
                    }
                    for (var i = 0; i < states.Length; i++)
                    {
                        states[i].CurrentState = states[i].EventState & ~PcscNative.StateChanged;
                    }
                    uint code;
                    unsafe
                    {
                        fixed (PcscNative.ReaderState* pointer = states)
                        {
                            code = PcscNative.Code(PcscNative.SCardGetStatusChange(context,
                                (nuint)(long)Math.Ceiling(slice.TotalMilliseconds), pointer, (nuint)states.Length));
                        }
                    }
                    cancellationToken.ThrowIfCancellationRequested();
                    if (code is PcscError.Cancelled or PcscError.UnknownReader or PcscError.ReaderUnavailable)
                    {
                        break;
                    }
                    if (code is not (PcscError.Success or PcscError.Timeout))
                    {
                        throw PcscError.ToException(code, PcscPhase.Context, "SCardGetStatusChange", reader);
                    }
                    for (var i = 0; i < readers.Length; i++)
                    {
                        var state = states[i].EventState;
                        var found = present
                            ? (state & PcscNative.StatePresent) != 0 && (state & PcscNative.StateMute) == 0
                            : (state & (PcscNative.StateEmpty | PcscNative.StateUnknown | PcscNative.StateUnavailable)) != 0;
                        if (found)
                        {
                            return readers[i];
                        }
                    }
                    if (pnp && (states[^1].EventState & PcscNative.StateUnknown) != 0)
                    {
                        pnp = false; // this pcsc-lite does not know the PnP pseudo-reader
                        break;
                    }
                    if (code == PcscError.Success && call == 1)
                    {
                        break; // something changed (a reader came or went): look again
                    }
                }
            }
            finally
            {
                foreach (var name in names)
                {
                    Marshal.FreeCoTaskMem(name);
                }
            }
        }
    }

    private static Exception TimedOut(string? reader, TimeSpan timeout, bool present, int readers)
    {
        var seconds = $"{timeout.TotalSeconds:0.#} s";
        if (!present)
        {
            return new TimeoutException($"The card was not removed from {reader} within {seconds}.");
        }
        if (readers == 0)
        {
            return new NoReaderException(reader is null
                ? $"No card reader was connected within {seconds}."
                : $"The card reader {reader} was not connected within {seconds}.");
        }
        return new NoCardException($"No card was put on {reader ?? "any reader"} within {seconds}.");
    }

    private void Cancel()
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                PcscNative.SCardCancel(_handle);
            }
        }
    }

    private static string[] ParseMultiString(ReadOnlySpan<byte> bytes)
    {
        var names = new List<string>();
        while (!bytes.IsEmpty)
        {
            var end = bytes.IndexOf((byte)0);
            if (end <= 0)
            {
                break;
            }
            names.Add(Encoding.UTF8.GetString(bytes[..end]));
            bytes = bytes[(end + 1)..];
        }
        return [.. names];
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            PcscNative.SCardCancel(_handle);
            PcscNative.SCardReleaseContext(_handle);
            _handle = 0;
        }
    }
}
