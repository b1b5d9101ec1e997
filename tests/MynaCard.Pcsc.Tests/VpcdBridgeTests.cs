using MynaCard.Testing;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MynaCard.Errors;
using MynaCard.Vpcd;

namespace MynaCard.Pcsc.Tests;

/// <summary>The bridge against a stand-in for the vpcd driver on a free port: framing, control codes, reconnection.</summary>
[Collection(PcscdCollection.Name)]
public sealed class VpcdBridgeTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Answers_control_codes_and_APDUs_in_vpcd_framing()
    {
        using var listener = Listen();
        var card = new TestCard();
        using var stop = new CancellationTokenSource();
        var running = new VpcdBridge(card, Options(listener)).RunAsync(stop.Token);
        using var driver = await listener.AcceptSocketAsync().WaitAsync(Bound);

        await SendAsync(driver, [0x01]); // power on: no answer
        await SendAsync(driver, [0x04]);
        var atr = await ReceiveAsync(driver);
        await SendAsync(driver, [0x02]); // reset: no answer
        await SendAsync(driver, [0x00, 0xA4, 0x04, 0x0C, 0x0A, .. TestCard.JpkiAid]);
        var selected = await ReceiveAsync(driver);
        await SendAsync(driver, [0x00]); // power off: no answer
        await SendAsync(driver, [0x00, 0xB0, 0x00, 0x00, 0x00, 0x0B, 0xB8]);
        var read = await ReceiveAsync(driver);

        Assert.Equal(TestCard.MyNumberAtr, atr);
        Assert.Equal([0x90, 0x00], selected);
        Assert.Equal(3002, read.Length);
        Assert.Equal(TestCard.Pattern(0, 3000), read[..3000]);
        Assert.Equal(2, card.Resets);
        Assert.Equal(1, card.PowerOffs);

        await stop.CancelAsync();
        await running.WaitAsync(Bound);
        Assert.Equal(0, await driver.ReceiveAsync(new byte[1])); // the card left: the connection is closed
    }

    [Fact]
    public async Task A_card_that_throws_answers_6F00_and_stays_in_the_reader()
    {
        using var listener = Listen();
        using var stop = new CancellationTokenSource();
        var bridge = new VpcdBridge(new ThrowingCard(), Options(listener));
        var running = bridge.RunAsync(stop.Token);
        using var driver = await listener.AcceptSocketAsync().WaitAsync(Bound);

        await SendAsync(driver, [0x00, 0xA4, 0x04, 0x00]);
        var answer = await ReceiveAsync(driver);
        await SendAsync(driver, [0x04]);
        var atr = await ReceiveAsync(driver);

        Assert.Equal([0x6F, 0x00], answer);
        Assert.Equal([0x3B, 0x00], atr);
        Assert.True(bridge.IsConnected);
        await stop.CancelAsync();
        await running.WaitAsync(Bound);
    }

    [Fact]
    public async Task Retries_until_vpcd_listens()
    {
        int port;
        using (var probe = Listen())
        {
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var card = new TestCard();
        using var stop = new CancellationTokenSource();
        var log = new ConcurrentQueue<string>();
        var bridge = new VpcdBridge(card, new VpcdBridgeOptions { Port = port, ConnectTimeout = Bound, Log = log.Enqueue });
        var running = bridge.RunAsync(stop.Token);

        // A refused attempt, then vpcd listening: what follows is a retry, whatever the machine's speed.
        var deadline = DateTime.UtcNow + Bound;
        while (!log.Any(line => line.Contains("does not accept a connection yet", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.Contains(log, line => line.Contains("does not accept a connection yet", StringComparison.Ordinal));
        Assert.False(running.IsCompleted);
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        try
        {
            using var driver = await listener.AcceptSocketAsync().WaitAsync(Bound);
            await SendAsync(driver, [0x04]);
            Assert.Equal(TestCard.MyNumberAtr, await ReceiveAsync(driver));
            Assert.True(bridge.IsConnected);
        }
        finally
        {
            listener.Stop();
        }
        await stop.CancelAsync();
        await running.WaitAsync(Bound);
    }

    [Fact]
    public async Task Gives_up_with_NoReaderException_when_nothing_listens_within_the_timeout()
    {
        int port;
        using (var probe = Listen())
        {
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var bridge = new VpcdBridge(new TestCard(),
            new VpcdBridgeOptions { Port = port, ConnectTimeout = TimeSpan.FromMilliseconds(600) });

        var error = await Assert.ThrowsAsync<NoReaderException>(() => bridge.RunAsync(CancellationToken.None).WaitAsync(Bound));

        Assert.Contains($"127.0.0.1:{port}", error.Message);
    }

    [Fact]
    public async Task Reconnects_when_vpcd_closes_the_connection_as_a_restarted_pcscd_does()
    {
        using var listener = Listen();
        var card = new TestCard();
        using var stop = new CancellationTokenSource();
        var bridge = new VpcdBridge(card, Options(listener));
        var running = bridge.RunAsync(stop.Token);

        using (var first = await listener.AcceptSocketAsync().WaitAsync(Bound))
        {
            await SendAsync(first, [0x04]);
            await ReceiveAsync(first);
        }
        using var second = await listener.AcceptSocketAsync().WaitAsync(Bound);
        await SendAsync(second, [0x04]);

        Assert.Equal(TestCard.MyNumberAtr, await ReceiveAsync(second));
        Assert.Equal(2, bridge.Connections);
        Assert.True(card.PowerOffs >= 1, "losing the reader powers the card off");
        await stop.CancelAsync();
        await running.WaitAsync(Bound);
    }

    private static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private static VpcdBridgeOptions Options(TcpListener listener) =>
        new() { Port = ((IPEndPoint)listener.LocalEndpoint).Port, ConnectTimeout = Bound };

    private static async Task SendAsync(Socket socket, byte[] payload)
    {
        var frame = new byte[payload.Length + 2];
        BinaryPrimitives.WriteUInt16BigEndian(frame, (ushort)payload.Length);
        payload.CopyTo(frame, 2);
        await socket.SendAsync(frame);
    }

    private static async Task<byte[]> ReceiveAsync(Socket socket)
    {
        using var stream = new NetworkStream(socket, ownsSocket: false);
        var header = new byte[2];
        await stream.ReadExactlyAsync(header).AsTask().WaitAsync(Bound);
        var payload = new byte[BinaryPrimitives.ReadUInt16BigEndian(header)];
        await stream.ReadExactlyAsync(payload).AsTask().WaitAsync(Bound);
        return payload;
    }

    private sealed class ThrowingCard : IVirtualCard
    {
        public byte[] Atr => [0x3B, 0x00];

        public byte[] Process(byte[] apdu) => throw new InvalidOperationException("broken card");

        public void PowerOff()
        {
        }

        public void Reset() => throw new InvalidOperationException("broken card");
    }
}
