using System.Buffers.Binary;
using System.Diagnostics;
using System.Net.Sockets;
using MynaCard.Errors;

namespace MynaCard.Vpcd;

/// <summary>Where <see cref="VpcdBridge"/> finds pcscd's vpcd driver, and how long it keeps trying.</summary>
public sealed record VpcdBridgeOptions
{
    /// <summary>vpcd's first reader, "Virtual PCD 00 00".</summary>
    public const int DefaultPort = 35963;

    /// <summary>vpcd's second reader, "Virtual PCD 00 01".</summary>
    public const int SecondReaderPort = 35964;

    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = DefaultPort;

    /// <summary>How long to keep retrying while nothing listens (pcscd not started yet, or restarting).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Connection events and card failures, one line each (no APDU contents: they can carry a PIN).</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>
/// Puts an <see cref="IVirtualCard"/> into pcscd's virtual reader: connects as a TCP client to the vpcd driver and
/// answers it. Framing, both ways: a 2-byte big-endian length, then the payload. A 1-byte payload from the driver is a
/// control code (00 power off, 01 power on, 02 reset: no answer; 04 get ATR: the ATR); a longer one is a command APDU,
/// answered with the response APDU. Being connected is the card being in the reader; disconnecting removes it.
/// </summary>
public sealed class VpcdBridge(IVirtualCard card, VpcdBridgeOptions? options = null)
{
    private const byte PowerOff = 0x00;
    private const byte PowerOn = 0x01;
    private const byte Reset = 0x02;
    private const byte GetAtr = 0x04;
    private static readonly byte[] NoPreciseDiagnosis = [0x6F, 0x00];

    private readonly VpcdBridgeOptions _options = options ?? new VpcdBridgeOptions();
    private int _running;
    private int _connected;
    private int _connections;

    /// <summary>Whether the card is in the reader now (a connection to vpcd is open).</summary>
    public bool IsConnected => Volatile.Read(ref _connected) != 0;

    /// <summary>How many times the card was put into the reader (connections made, reconnections included).</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>
    /// Serves the card until <paramref name="cancellationToken"/> is cancelled, then removes it and returns (no
    /// exception). When pcscd closes the connection (it restarted) the card is put in again. Throws
    /// <see cref="NoReaderException"/> when vpcd does not accept a connection within the connect timeout.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            throw new InvalidOperationException("This bridge is already running.");
        }
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var socket = await ConnectAsync(cancellationToken).ConfigureAwait(false);
                if (socket is null)
                {
                    return;
                }
                Interlocked.Increment(ref _connections);
                Volatile.Write(ref _connected, 1);
                Log($"card inserted into vpcd at {_options.Host}:{_options.Port}");
                try
                {
                    await ServeAsync(socket, cancellationToken).ConfigureAwait(false);
                    Log("vpcd closed the connection (pcscd stopped or restarted); reconnecting");
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    Log("card removed from vpcd");
                }
                catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
                {
                    Log($"connection to vpcd lost ({e.Message}); reconnecting");
                }
                finally
                {
                    Volatile.Write(ref _connected, 0);
                    Safely(card.PowerOff, "power off");
                }
            }
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Connects, retrying with backoff until the connect timeout; null when cancelled.</summary>
    private async Task<Socket?> ConnectAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var backoff = _options.InitialBackoff;
        var waiting = false;
        while (true)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            var remaining = _options.ConnectTimeout - clock.Elapsed;
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1));
            Exception failure;
            try
            {
                await socket.ConnectAsync(_options.Host, _options.Port, attempt.Token).ConfigureAwait(false);
                return socket;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                socket.Dispose();
                return null;
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                socket.Dispose();
                failure = e;
            }
            if (clock.Elapsed >= _options.ConnectTimeout)
            {
                throw new NoReaderException(
                    $"vpcd at {_options.Host}:{_options.Port} did not accept a connection within " +
                    $"{_options.ConnectTimeout.TotalSeconds:0.#} s: is pcscd running with the vsmartcard-vpcd driver?", failure);
            }
            if (!waiting)
            {
                waiting = true;
                Log($"vpcd at {_options.Host}:{_options.Port} does not accept a connection yet; retrying for up to {_options.ConnectTimeout.TotalSeconds:0.#} s");
            }
            try
            {
                await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
            backoff = backoff * 2 < _options.MaxBackoff ? backoff * 2 : _options.MaxBackoff;
        }
    }

    /// <summary>Answers vpcd until it closes the connection (returns) or the token is cancelled (throws).</summary>
    private async Task ServeAsync(Socket socket, CancellationToken cancellationToken)
    {
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var header = new byte[2];
        while (true)
        {
            var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken)
                .ConfigureAwait(false);
            if (read < header.Length)
            {
                return;
            }
            var payload = new byte[BinaryPrimitives.ReadUInt16BigEndian(header)];
            if (payload.Length == 0)
            {
                continue;
            }
            AcknowledgeNow(socket);
            await stream.ReadExactlyAsync(payload, cancellationToken).ConfigureAwait(false);
            if (payload.Length == 1)
            {
                switch (payload[0])
                {
                    case PowerOff:
                        Safely(card.PowerOff, "power off");
                        break;
                    case PowerOn:
                    case Reset:
                        Safely(card.Reset, payload[0] == PowerOn ? "power on" : "reset");
                        break;
                    case GetAtr:
                        await SendAsync(stream, ReadAtr(), cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        Log($"ignored unknown vpcd control code {payload[0]:X2}");
                        break;
                }
                continue;
            }
            await SendAsync(stream, Process(payload), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Older vpcd drivers (Debian 12's) write the length and the payload with two send() calls and without
    /// TCP_NODELAY, so Nagle holds the payload back until the length is acknowledged, and Linux delays that ACK by
    /// 40 ms: every APDU would cost 40 ms. TCP_QUICKACK sends the ACK of the length at once.
    /// </summary>
    private static void AcknowledgeNow(Socket socket)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        const int tcpQuickAck = 12; // TCP_QUICKACK, <netinet/tcp.h>
        try
        {
            socket.SetRawSocketOption((int)SocketOptionLevel.Tcp, tcpQuickAck, BitConverter.GetBytes(1));
        }
        catch (SocketException)
        {
            // Only slower without it.
        }
    }

    private byte[] Process(byte[] apdu)
    {
        byte[] response;
        try
        {
            response = card.Process(apdu);
        }
        catch (Exception e)
        {
            Log($"the card failed on an APDU (INS {(apdu.Length > 1 ? apdu[1] : 0):X2}): {e.GetType().Name}: {e.Message}; answered 6F 00");
            return NoPreciseDiagnosis;
        }
        if (response is null || response.Length is < 2 or > ushort.MaxValue)
        {
            Log($"the card answered {response?.Length ?? 0} bytes, not a response APDU; answered 6F 00");
            return NoPreciseDiagnosis;
        }
        return response;
    }

    private byte[] ReadAtr()
    {
        try
        {
            return card.Atr;
        }
        catch (Exception e)
        {
            // vpcd takes an empty ATR for a dead card: it drops the connection and reports the reader empty.
            Log($"the card failed to give its ATR: {e.GetType().Name}: {e.Message}");
            return [];
        }
    }

    /// <summary>One write per frame: vpcd reads the length and the payload back to back.</summary>
    private static async Task SendAsync(NetworkStream stream, byte[] payload, CancellationToken cancellationToken)
    {
        var frame = new byte[payload.Length + 2];
        BinaryPrimitives.WriteUInt16BigEndian(frame, checked((ushort)payload.Length));
        payload.CopyTo(frame, 2);
        await stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
    }

    private void Safely(Action action, string what)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            Log($"the card failed on {what}: {e.GetType().Name}: {e.Message}");
        }
    }

    private void Log(string message) => _options.Log?.Invoke(message);
}
