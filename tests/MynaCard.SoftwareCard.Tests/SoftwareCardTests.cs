using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.SoftwareCard.CardFiles;
using MynaCard.SoftwareCard.Tests.Support;
using static MynaCard.SoftwareCard.Tests.Support.Apdus;

namespace MynaCard.SoftwareCard.Tests;

/// <summary>The card as a transport and as a virtual reader's card: ATR, reset, the two ways in, closing.</summary>
[Collection(CardKeysCollection.Name)]
public sealed class SoftwareCardTests(CardKeys keys)
{
    [Fact]
    public void AtrIsTheOneListedForMyNumberCardsByDefault()
    {
        using var card = keys.NewCard();
        Assert.Equal("3BC5FF8131FB458073C6010000", Convert.ToHexString(card.Card.Atr));
        Assert.True(card.Card.SupportsExtendedLength);
    }

    [Fact]
    public void AtrComesFromTheCardFile()
    {
        using var card = keys.NewCard(file => file.Settings.Atr = "3B E0 00 FF 81 31 FE 45 14");
        Assert.Equal("3BE000FF8131FE4514", Convert.ToHexString(card.Card.Atr));
    }

    [Fact]
    public async Task ProcessAndTransmitGiveTheSameAnswers()
    {
        using var card = keys.NewCard();
        foreach (var command in new[] { SelectJpki, SelectEf("000A"), ReadBinary(0, 0), ReadBinary(0x7F00, 1), VerifyEmpty })
        {
            var raw = card.Send(command);
            var transmitted = await card.TransmitAsync(command);
            Assert.Equal(raw, Convert.ToHexString(transmitted.ToBytes()));
        }
    }

    [Fact]
    public async Task ClosedCardIsARemovedCardToTransmit()
    {
        using var card = keys.NewCard();
        await card.Card.DisposeAsync();
        await Assert.ThrowsAsync<CardRemovedException>(() =>
            card.Card.TransmitAsync(CommandApdu.Parse(Bytes(SelectJpki)), CancellationToken.None));
    }

    [Fact]
    public async Task InMemoryCardWorksWithoutAFile()
    {
        var file = CardFile.Parse(keys.TemplateJson);
        await using var card = new SoftwareCard(file);
        Assert.Null(card.CardFilePath);
        Assert.Equal("9000", Convert.ToHexString(card.Process(Bytes(SelectJpki))));
        Assert.Equal("9000", Convert.ToHexString(card.Process(Bytes(SelectEf("0018")))));
        Assert.Equal("63C2", Convert.ToHexString(card.Process(Bytes(Verify("0000")))));
        Assert.Equal(2, file.Jpki.Authentication.Pin.TriesLeft);
    }

    [Fact]
    public async Task CommandsFromManyThreadsAreAnsweredOneAtATime()
    {
        using var card = keys.NewCard();
        var reads = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                Assert.Equal("9000", card.Sw(SelectJpki));
                var response = card.Send(SelectEf("0006"), ReadBinary(0, 0));
                // Another thread's SELECT may come between: the file is then 0006 or none selected, never garbage.
                Assert.True(response.EndsWith("9000", StringComparison.Ordinal) || response == "6986", response);
            }
        }));
        await Task.WhenAll(reads);
    }

    [Fact]
    public void RandomBytesNeverMakeTheCardThrow()
    {
        using var card = keys.NewCard();
        var random = new Random(7816);
        for (var i = 0; i < 2000; i++)
        {
            var apdu = new byte[random.Next(0, 300)];
            random.NextBytes(apdu);
            if (apdu.Length > 1 && i % 2 == 0)
            {
                apdu[0] = 0x00;
                apdu[1] = (byte)(i % 3 == 0 ? 0xA4 : 0xB0);
            }
            var response = card.Card.Process(apdu);
            Assert.InRange(response.Length, 2, 65538);
            Assert.NotEqual("6F00", Convert.ToHexString(response[^2..]));
        }
    }
}
