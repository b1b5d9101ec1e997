using System.Formats.Asn1;
using System.Text;
using MynaCard.SoftwareCard.Tests.Support;
using static MynaCard.SoftwareCard.Tests.Support.Apdus;

namespace MynaCard.SoftwareCard.Tests.Applets;

/// <summary>EF 0002 of the 券面事項入力補助AP: FF 20 { DF 21 … DF 25 }, parsed back as generic BER.</summary>
[Collection(CardKeysCollection.Name)]
public sealed class BasicFourItemsTests(CardKeys keys)
{
    private static readonly Asn1Tag Root = new(TagClass.Private, 0x20, isConstructed: true);

    [Fact]
    public void BasicFourItemsParseBackAsBerTlv()
    {
        using var card = keys.NewCard();
        var file = ReadBasicFourItems(card);
        var reader = new AsnReader(file, AsnEncodingRules.BER);
        var items = reader.ReadSequence(Root);
        Assert.False(reader.HasData);
        Assert.Equal(Convert.FromHexString("0000000000000000"), items.ReadOctetString(Private(0x21)));
        Assert.Equal(CardKeys.Name, Encoding.UTF8.GetString(items.ReadOctetString(Private(0x22))));
        Assert.Equal(CardKeys.Address, Encoding.UTF8.GetString(items.ReadOctetString(Private(0x23))));
        Assert.Equal(CardKeys.BirthDate, Encoding.ASCII.GetString(items.ReadOctetString(Private(0x24))));
        Assert.Equal(CardKeys.Sex, Encoding.ASCII.GetString(items.ReadOctetString(Private(0x25))));
        Assert.False(items.HasData);
    }

    [Fact]
    public void LongFieldsUseTheLongLengthForms()
    {
        using var card = keys.NewCard();
        var file = ReadBasicFourItems(card);
        var address = Encoding.UTF8.GetBytes(CardKeys.Address);
        Assert.Equal(252, address.Length);
        // FF 20 82 LL LL: the whole is longer than 255 bytes.
        Assert.Equal([0xFF, 0x20, 0x82, (byte)((file.Length - 5) >> 8), (byte)(file.Length - 5)], file[..5]);
        // DF 23 81 FC: 252 bytes of address.
        var at = file.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xDF, 0x23]);
        Assert.Equal([0xDF, 0x23, 0x81, 0xFC], file[at..(at + 4)]);
        Assert.Equal(address, file[(at + 4)..(at + 4 + 252)]);
    }

    [Fact]
    public void ShortItemsUseTheShortLengthForm()
    {
        using var card = keys.NewCard(file => file.CardInput.Address = "東京都");
        var items = ReadBasicFourItems(card);
        Assert.Equal([0xFF, 0x20], items[..2]);
        Assert.Equal(items.Length - 3, items[2]);
        var at = items.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xDF, 0x23]);
        Assert.Equal([0xDF, 0x23, 0x09], items[at..(at + 3)]);
    }

    [Fact]
    public void BasicFourItemsNeedTheCardInputPinNotTheAuthPin()
    {
        using var card = keys.NewCard();
        Assert.Equal("6982", card.Sw(SelectJpki, SelectEf("0018"), Verify(CardKeys.AuthenticationPin), SelectCardInput, SelectEf("0002"), ReadBinary(0, 5)));
        Assert.Equal("63C2", card.Sw(SelectEf("0011"), Verify(CardKeys.AuthenticationPin)));
    }

    [Fact]
    public void TheIndividualNumberIsNotOnThisCard()
    {
        using var card = keys.NewCard();
        card.Send(SelectCardInput, SelectEf("0011"), Verify(CardKeys.CardInputPin));
        foreach (var file in new[] { "0001", "0003", "0004", "0005" })
        {
            Assert.Equal("6A82", card.Sw(SelectEf(file)));
        }
    }

    private static byte[] ReadBasicFourItems(TestCard card)
    {
        card.Send(SelectCardInput, SelectEf("0011"), Verify(CardKeys.CardInputPin), SelectEf("0002"));
        return card.Data(ReadBinaryExtended(0, 0));
    }

    private static Asn1Tag Private(int number) => new(TagClass.Private, number);
}
