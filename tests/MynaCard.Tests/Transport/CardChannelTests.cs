using MynaCard.Apdu;
using MynaCard.Tests.Fakes;
using MynaCard.Transport;

namespace MynaCard.Tests.Transport;

public class CardChannelTests
{
    [Fact]
    public async Task A61xxAnswerIsCompletedWithGetResponseIntoOneResponse()
    {
        var card = new ScriptedTransport()
            .Expect("80 2A 00 80 01 AA 00", "01 02 61 04")
            .Expect("00 C0 00 00 04", "03 04 61 00")
            .Expect("00 C0 00 00 00", "05 90 00");
        var channel = new CardChannel(card);

        var response = await channel.TransmitAsync(new CommandApdu(0x80, 0x2A, 0x00, 0x80, new byte[] { 0xAA }, 256), default);

        Assert.Equal("0102030405", Bytes.ToHex(response.Data.Span));
        Assert.Equal(StatusWord.Success, response.Status);
        card.AssertDone();
    }

    [Fact]
    public async Task A6CxxAnswerIsResentOnceWithTheLengthTheCardGave()
    {
        var card = new ScriptedTransport()
            .Expect("00 B0 00 00 00", "6C 03")
            .Expect("00 B0 00 00 03", "0A 0B 0C 90 00");
        var channel = new CardChannel(card);

        var response = await channel.TransmitAsync(new CommandApdu(0x00, 0xB0, 0x00, 0x00, ne: 256), default);

        Assert.Equal("0A0B0C", Bytes.ToHex(response.Data.Span));
        card.AssertDone();
    }

    [Fact]
    public async Task ACardThatNeverStopsChainingIsAFormatErrorNotAnEndlessLoop()
    {
        var card = new ScriptedTransport().Expect("80 2A 00 80 01 AA 00", "01 61 01");
        for (var i = 0; i < 64; i++)
        {
            card.Expect("00 C0 00 00 01", "02 61 01");
        }
        var channel = new CardChannel(card);

        await Assert.ThrowsAsync<MynaCard.Errors.CardFormatException>(
            () => channel.TransmitAsync(new CommandApdu(0x80, 0x2A, 0x00, 0x80, new byte[] { 0xAA }, 256), default));
        card.AssertDone();
    }

    [Fact]
    public async Task EveryApduAndByteOnTheWireIsCounted()
    {
        var card = new ScriptedTransport()
            .Expect("00 B0 00 00 00", "6C 02")
            .Expect("00 B0 00 00 02", "0A 0B 61 01")
            .Expect("00 C0 00 00 01", "0C 90 00");
        var channel = new CardChannel(card);
        var before = channel.Counters;

        await channel.TransmitAsync(new CommandApdu(0x00, 0xB0, 0x00, 0x00, ne: 256), default);

        Assert.Equal(new ExchangeCounters(3, 15, 9), channel.Counters - before);
    }

    [Fact]
    public async Task AnErrorStatusIsReturnedNotThrown()
    {
        var card = new ScriptedTransport().Expect("00 A4 02 0C 02 00 99", "6A 82");

        var response = await new CardChannel(card).TransmitAsync(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, new byte[] { 0x00, 0x99 }), default);

        Assert.Equal(StatusWord.FileNotFound, response.Status);
    }
}
