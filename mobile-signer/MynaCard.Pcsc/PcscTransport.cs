using System.Text;
using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.Pcsc.Native;
using MynaCard.Transport;

namespace MynaCard.Pcsc;

/// <summary>What SCardStatus says about a connected card.</summary>
public sealed record PcscCardStatus(string Reader, bool Powered, PcscProtocol Protocol, ReadOnlyMemory<byte> Atr);

/// <summary>
/// A card connected through pcscd (an SCARDHANDLE). One APDU at a time: concurrent <see cref="TransmitAsync"/> calls
/// queue. Wrap a sequence that must not be interleaved with other applications' APDUs (VERIFY then SIGN) in
/// <see cref="BeginTransactionAsync"/>. Dispose it before its <see cref="PcscContext"/>.
/// </summary>
public sealed class PcscTransport : ICardTransport
{
    private readonly PcscContext _context;
    private readonly PcscConnectOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly byte[] _receive = new byte[PcscNative.MaxResponseSize];
    private nint _card;
    private int _disposed;

    private PcscTransport(PcscContext context, nint card, PcscProtocol protocol, PcscConnectOptions options)
    {
        _context = context;
        _card = card;
        Protocol = protocol;
        _options = options;
        Reader = "";
    }

    /// <summary>The reader's name as pcscd gives it.</summary>
    public string Reader { get; private set; }

    /// <summary>The card's answer to reset, as it was at connection.</summary>
    public ReadOnlyMemory<byte> Atr { get; private set; }

    public PcscProtocol Protocol { get; }

    public bool SupportsExtendedLength => _options.SupportsExtendedLength;

    /// <summary>
    /// Connects to the card in <paramref name="reader"/> with T=0 or T=1, whichever pcscd negotiates.
    /// <see cref="NoCardException"/> when the reader is empty, <see cref="NoReaderException"/> when it is not there.
    /// </summary>
    public static Task<PcscTransport> ConnectAsync(PcscContext context, string reader, PcscConnectOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(reader);
        return Task.Run(() => Connect(context, reader, options ?? PcscConnectOptions.Default), cancellationToken);
    }

    /// <summary>The same, with the default options but for <see cref="PcscConnectOptions.SupportsExtendedLength"/>.</summary>
    public static Task<PcscTransport> ConnectAsync(PcscContext context, string reader, bool supportsExtendedLength,
        CancellationToken cancellationToken = default) =>
        ConnectAsync(context, reader, new PcscConnectOptions { SupportsExtendedLength = supportsExtendedLength },
            cancellationToken);

    private static unsafe PcscTransport Connect(PcscContext context, string reader, PcscConnectOptions options)
    {
        var name = Encoding.UTF8.GetBytes(reader + "\0");
        nint card;
        nuint protocol;
        fixed (byte* pointer = name)
        {
            PcscError.Check(PcscNative.SCardConnect(context.Handle, pointer,
                    options.ShareMode == PcscShareMode.Exclusive ? PcscNative.ShareExclusive : PcscNative.ShareShared,
                    PcscNative.ProtocolT0 | PcscNative.ProtocolT1, out card, out protocol),
                PcscPhase.Connect, "SCardConnect", reader);
        }
        var transport = new PcscTransport(context, card, protocol == PcscNative.ProtocolT1 ? PcscProtocol.T1 : PcscProtocol.T0,
            options);
        try
        {
            var status = transport.ReadStatus(PcscPhase.Connect, reader);
            transport.Reader = status.Reader;
            transport.Atr = status.Atr;
        }
        catch
        {
            PcscNative.SCardDisconnect(card, PcscNative.LeaveCard);
            throw;
        }
        return transport;
    }

    public async Task<ResponseApdu> TransmitAsync(CommandApdu command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.IsExtended && !SupportsExtendedLength)
        {
            throw new InvalidOperationException(
                $"Extended-length APDU {command} on a connection set up without extended length (reader {Reader}).");
        }
        var bytes = command.ToBytes();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The call blocks for as long as the card computes (an RSA signature takes up to a second): off the caller's thread.
            return await Task.Run(() => Transmit(bytes), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private unsafe ResponseApdu Transmit(byte[] command)
    {
        var card = Card;
        var pci = new PcscNative.IoRequest
        {
            Protocol = Protocol == PcscProtocol.T1 ? PcscNative.ProtocolT1 : PcscNative.ProtocolT0,
            PciLength = (nuint)sizeof(PcscNative.IoRequest),
        };
        var length = (nuint)_receive.Length;
        fixed (byte* send = command)
        fixed (byte* receive = _receive)
        {
            PcscError.Check(PcscNative.SCardTransmit(card, &pci, send, (nuint)command.Length, null, receive, ref length),
                PcscPhase.Operation, "SCardTransmit", Reader);
        }
        return ResponseApdu.Parse(_receive.AsSpan(0, (int)length));
    }

    /// <summary>
    /// Keeps other applications' APDUs off the card until the returned handle is disposed (SCardBeginTransaction).
    /// Waits while another application holds a transaction.
    /// </summary>
    public async Task<IAsyncDisposable> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        var card = Card;
        await Task.Run(() => PcscError.Check(PcscNative.SCardBeginTransaction(card), PcscPhase.Operation,
            "SCardBeginTransaction", Reader), cancellationToken).ConfigureAwait(false);
        return new Transaction(this);
    }

    /// <summary>SCardStatus now: throws <see cref="CardRemovedException"/> when the card has left meanwhile.</summary>
    public PcscCardStatus GetStatus() => ReadStatus(PcscPhase.Operation, Reader);

    private unsafe PcscCardStatus ReadStatus(PcscPhase phase, string reader)
    {
        var card = Card;
        var name = new byte[1024];
        var atr = new byte[PcscNative.MaxAtrSize];
        nuint nameLength = (nuint)name.Length;
        nuint atrLength = (nuint)atr.Length;
        nuint state;
        nuint protocol;
        fixed (byte* namePointer = name)
        fixed (byte* atrPointer = atr)
        {
            PcscError.Check(PcscNative.SCardStatus(card, namePointer, ref nameLength, out state, out protocol, atrPointer,
                ref atrLength), phase, "SCardStatus", reader);
        }
        var nameEnd = Array.IndexOf(name, (byte)0, 0, (int)Math.Min(nameLength, (nuint)name.Length));
        const nuint powered = 0x0010; // SCARD_POWERED (pcsc-lite's SCardStatus state bits)
        return new PcscCardStatus(
            Encoding.UTF8.GetString(name, 0, nameEnd < 0 ? (int)nameLength : nameEnd),
            (state & powered) != 0,
            protocol == PcscNative.ProtocolT1 ? PcscProtocol.T1 : PcscProtocol.T0,
            atr.AsSpan(0, (int)Math.Min(atrLength, (nuint)atr.Length)).ToArray());
    }

    private nint Card
    {
        get
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            _ = _context.Handle; // a released context took its card handles with it
            return _card;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var disposition = _options.Disposition switch
            {
                PcscDisposition.Leave => PcscNative.LeaveCard,
                PcscDisposition.Unpower => PcscNative.UnpowerCard,
                _ => PcscNative.ResetCard,
            };
            // Errors are moot here: a removed card or a released context has disconnected already.
            PcscNative.SCardDisconnect(_card, disposition);
            _card = 0;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class Transaction(PcscTransport transport) : IAsyncDisposable
    {
        private int _ended;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0 && Volatile.Read(ref transport._disposed) == 0)
            {
                // Ended anyway when the card was removed or reset, so the answer does not matter.
                PcscNative.SCardEndTransaction(transport._card, PcscNative.LeaveCard);
            }
            return ValueTask.CompletedTask;
        }
    }
}
