using MynaCard.SoftwareCard.Tests.Support;
using static MynaCard.SoftwareCard.Tests.Support.Apdus;

namespace MynaCard.SoftwareCard.Tests.Os;

/// <summary>A verified PIN lasts until an applet is selected (also the same one again) or the card is reset.</summary>
[Collection(CardKeysCollection.Name)]
public sealed class SecurityStateTests(CardKeys keys)
{
    private static readonly string SignHello = Sign(DigestInfo(new byte[32]));

    [Fact]
    public void VerifiedPinSurvivesSelectingOtherFiles()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0018"), Verify(CardKeys.AuthenticationPin), SelectEf("000A"), SelectEf("0006"), SelectEf("0017"));
        Assert.Equal("9000", card.Sw(SignHello));
        Assert.Equal("9000", card.Sw(SignHello));
    }

    [Fact]
    public void ReselectingTheSameAppletForgetsThePin()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0018"), Verify(CardKeys.AuthenticationPin));
        Assert.Equal("6982", card.Sw(SelectJpki, SelectEf("0017"), SignHello));
    }

    [Fact]
    public void SelectingTheOtherAppletAndBackForgetsThePin()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("001B"), Verify(CardKeys.SigningPin));
        Assert.Equal("6982", card.Sw(SelectCardInput, SelectJpki, SelectEf("0001"), ReadBinary(0, 4)));
    }

    [Fact]
    public void FailedSelectOfAnUnknownAppletKeepsThePin()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0018"), Verify(CardKeys.AuthenticationPin));
        Assert.Equal("6A82", card.Sw("00A4040C0AD392F000260100000002"));
        Assert.Equal("9000", card.Sw(SelectEf("0017"), SignHello));
    }

    [Fact]
    public void ResetForgetsThePinTheAppletAndTheFile()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0018"), Verify(CardKeys.AuthenticationPin), SelectEf("0017"));
        card.Card.Reset();
        Assert.Equal("6986", card.Sw(SignHello));
        Assert.Equal("6A82", card.Sw(SelectEf("0017")));
        Assert.Equal("6982", card.Sw(SelectJpki, SelectEf("0017"), SignHello));
    }

    [Fact]
    public void CardInputPinIsForgottenOnReselectToo()
    {
        using var card = keys.NewCard();
        card.Send(SelectCardInput, SelectEf("0011"), Verify(CardKeys.CardInputPin), SelectEf("0002"));
        Assert.Equal("9000", card.Sw(ReadBinary(0, 4)));
        Assert.Equal("6982", card.Sw(SelectCardInput, SelectEf("0002"), ReadBinary(0, 4)));
    }

    [Fact]
    public void WithTheSettingOffReselectKeepsThePinButResetStillForgetsIt()
    {
        using var card = keys.NewCard(file => file.Settings.SecurityStateLostOnSelect = false);
        card.Send(SelectJpki, SelectEf("0018"), Verify(CardKeys.AuthenticationPin));
        Assert.Equal("9000", card.Sw(SelectJpki, SelectEf("0017"), SignHello));
        card.Card.Reset();
        Assert.Equal("6982", card.Sw(SelectJpki, SelectEf("0017"), SignHello));
    }

    [Fact]
    public void WrongPinAfterARightOneForgetsTheVerification()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0018"), Verify(CardKeys.AuthenticationPin), Verify("0000"));
        Assert.Equal("6982", card.Sw(SelectEf("0017"), SignHello));
    }
}
