using MynaCard.SoftwareCard.Tests.Support;
using static MynaCard.SoftwareCard.Tests.Support.Apdus;

namespace MynaCard.SoftwareCard.Tests.Os;

/// <summary>The three PINs, each with its own counter: 3 tries (auth), 5 (signing), 3 (card input helper).</summary>
[Collection(CardKeysCollection.Name)]
public sealed class PinLockoutTests(CardKeys keys)
{
    public static TheoryData<string, string, string, string, int> Pins => new()
    {
        { "auth PIN", SelectJpki, "0018", CardKeys.AuthenticationPin, 3 },
        { "signing PIN", SelectJpki, "001B", CardKeys.SigningPin, 5 },
        { "card input helper PIN", SelectCardInput, "0011", CardKeys.CardInputPin, 3 },
    };

    [Theory]
    [MemberData(nameof(Pins))]
    public void WrongPinCountsDownAndBlocksAtExactlyTheLastTry(string pin, string selectApplet, string pinFile, string right, int maxTries)
    {
        using var card = keys.NewCard();
        card.Send(selectApplet, SelectEf(pinFile));
        for (var left = maxTries - 1; left >= 0; left--)
        {
            Assert.Equal($"63C{left:X}", card.Sw(Verify(Wrong(right))));
        }
        Assert.Equal("6984", card.Sw(Verify(right)));
        Assert.Equal("6984", card.Sw(VerifyEmpty));
        Assert.Equal("6984", card.Sw(Verify(Wrong(right))));
        Assert.True(maxTries > 0, pin);
    }

    [Theory]
    [MemberData(nameof(Pins))]
    public void OneTryBeforeTheLastTheRightPinStillWorksAndResetsTheCounter(string pin, string selectApplet, string pinFile, string right, int maxTries)
    {
        using var card = keys.NewCard();
        card.Send(selectApplet, SelectEf(pinFile));
        for (var i = 0; i < maxTries - 1; i++)
        {
            card.Send(Verify(Wrong(right)));
        }
        Assert.Equal("63C1", card.Sw(VerifyEmpty));
        Assert.Equal("9000", card.Sw(Verify(right)));
        Assert.True($"63C{maxTries:X}" == card.Sw(VerifyEmpty), pin);
    }

    [Theory]
    [MemberData(nameof(Pins))]
    public void EmptyVerifyTellsTheTriesLeftWithoutSpendingOne(string pin, string selectApplet, string pinFile, string right, int maxTries)
    {
        using var card = keys.NewCard();
        card.Send(selectApplet, SelectEf(pinFile));
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal($"63C{maxTries:X}", card.Sw(VerifyEmpty));
        }
        Assert.True("9000" == card.Sw(Verify(right)), pin);
    }

    [Fact]
    public void BlockingTheCardInputPinLeavesTheAuthPinAlone()
    {
        using var card = keys.NewCard();
        card.Send(SelectCardInput, SelectEf("0011"), Verify("0000"), Verify("0000"), Verify("0000"));
        Assert.Equal("6984", card.Sw(Verify(CardKeys.CardInputPin)));
        Assert.Equal("63C3", card.Sw(SelectJpki, SelectEf("0018"), VerifyEmpty));
        Assert.Equal("9000", card.Sw(Verify(CardKeys.AuthenticationPin)));
    }

    [Fact]
    public void BlockingTheAuthPinLeavesTheSigningPinAlone()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0018"), Verify("0000"), Verify("0000"), Verify("0000"));
        Assert.Equal("63C5", card.Sw(SelectEf("001B"), VerifyEmpty));
        Assert.Equal("9000", card.Sw(Verify(CardKeys.SigningPin)));
    }

    [Fact]
    public void BlockedPinStatusCanBe6983BySetting()
    {
        using var card = keys.NewCard(file => file.Settings.BlockedPinStatus = "6983");
        card.Send(SelectJpki, SelectEf("0018"), Verify("0000"), Verify("0000"), Verify("0000"));
        Assert.Equal("6983", card.Sw(VerifyEmpty));
        Assert.Equal("6983", card.Sw(Verify(CardKeys.AuthenticationPin)));
    }

    [Fact]
    public void BlockedKeyCannotSignEvenAfterReselecting()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0018"), Verify("0000"), Verify("0000"), Verify("0000"));
        Assert.Equal("6982", card.Sw(SelectJpki, SelectEf("0017"), Sign(DigestInfo(new byte[32]))));
    }

    private static string Wrong(string right) => right[..^1] + (right[^1] == '0' ? '1' : '0');
}
