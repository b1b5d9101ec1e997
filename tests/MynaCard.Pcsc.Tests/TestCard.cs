using MynaCard.Testing;
using System.Collections.Concurrent;
using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.Vpcd;

namespace MynaCard.Pcsc.Tests;

/// <summary>
/// A small card for the transport tests (the JPKI behaviour is the software card's): SELECT of the JPKI AID answers
/// 90 00 and any other AID 6A 82; READ BINARY answers Ne bytes of a known pattern; 80 EE echoes its data.
/// Records every APDU exactly as it arrived.
/// </summary>
internal sealed class TestCard : IVirtualCard
{
    public const byte EchoIns = 0xEE;

    /// <summary>The contact ATR listed for My Number cards (T=1).</summary>
    public static readonly byte[] MyNumberAtr = Convert.FromHexString("3BC5FF8131FB458073C6010000");

    public static readonly byte[] JpkiAid = Convert.FromHexString("D392F000260100000001");

    private int _resets;
    private int _powerOffs;

    public byte[] Atr { get; init; } = MyNumberAtr;

    public ConcurrentQueue<byte[]> Received { get; } = new();

    public bool Selected { get; private set; }

    public int Resets => Volatile.Read(ref _resets);

    public int PowerOffs => Volatile.Read(ref _powerOffs);

    /// <summary>The bytes READ BINARY answers at <paramref name="offset"/>.</summary>
    public static byte[] Pattern(int offset, int length) =>
        Enumerable.Range(offset, length).Select(i => (byte)(i * 7 + (i >> 8))).ToArray();

    public byte[] Process(byte[] apdu)
    {
        Received.Enqueue(apdu);
        CommandApdu command;
        try
        {
            command = CommandApdu.Parse(apdu);
        }
        catch (CardFormatException)
        {
            return Sw(StatusWord.WrongLength);
        }
        return (command.Cla, command.Ins) switch
        {
            (0x00, 0xA4) when command.P1 == 0x04 => Select(command),
            (0x00, 0xB0) => ResponseApdu.Ok(Pattern(command.P1 << 8 | command.P2, command.Ne ?? 256)).ToBytes(),
            (0x80, EchoIns) => ResponseApdu.Ok(command.Data).ToBytes(),
            _ => Sw(StatusWord.InstructionNotSupported),
        };
    }

    private byte[] Select(CommandApdu command)
    {
        Selected = command.Data.Span.SequenceEqual(JpkiAid);
        return Sw(Selected ? StatusWord.Success : StatusWord.FileNotFound);
    }

    private static byte[] Sw(StatusWord status) => ResponseApdu.Error(status).ToBytes();

    public void PowerOff()
    {
        Interlocked.Increment(ref _powerOffs);
        Selected = false;
    }

    public void Reset()
    {
        Interlocked.Increment(ref _resets);
        Selected = false;
    }
}
