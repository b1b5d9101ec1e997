using System.Text;
using CsCheck;
using MynaCard.CardInput;
using MynaCard.Errors;
using MynaCard.Tests.Ber;
using MynaCard.Tests.Fakes;

namespace MynaCard.Tests.CardInput;

public class BasicFourItemsTests
{
    [Fact]
    public void ARealisticFileGivesNameAddressBirthAndSex()
    {
        var file = BasicFourItemsFile.Build();
        Assert.True(Encoding.UTF8.GetByteCount(BasicFourItemsFile.Address) > 127, "the address needs the 81 length form");
        Assert.Equal(0x82, file[2]);

        var items = BasicFourItems.Parse(file);

        Assert.Equal(new BasicFourItems(BasicFourItemsFile.Name, BasicFourItemsFile.Address, new DateOnly(1985, 4, 1), Sex.Female), items);
    }

    [Fact]
    public void PaddingAfterTheTlvIsIgnored()
    {
        byte[] padded = [.. BasicFourItemsFile.Build(), .. Enumerable.Repeat((byte)0xFF, 40)];

        Assert.Equal(BasicFourItemsFile.Name, BasicFourItems.Parse(padded).Name);
    }

    [Fact]
    public void TagsItDoesNotKnowAreSkipped()
    {
        var file = BasicFourItemsFile.Build(extra: Der.Tlv(0xDF2F, "future"u8));

        Assert.Equal(Sex.Female, BasicFourItems.Parse(file).Sex);
    }

    [Theory]
    [InlineData("1", Sex.Male)]
    [InlineData("2", Sex.Female)]
    [InlineData("9", Sex.NotApplicable)]
    public void SexIsTheIso5218Code(string code, Sex sex)
    {
        Assert.Equal(sex, BasicFourItems.Parse(BasicFourItemsFile.Build(sex: code)).Sex);
        Assert.Equal(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), (int)sex);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("M")]
    [InlineData("１")]
    public void AnUnknownSexCodeIsACardFormatException(string code)
    {
        Assert.Throws<CardFormatException>(() => BasicFourItems.Parse(BasicFourItemsFile.Build(sex: code)));
    }

    [Theory]
    [InlineData("19850431")]
    [InlineData("19851301")]
    [InlineData("1985041")]
    [InlineData("198504011")]
    [InlineData("1985-4-1")]
    [InlineData("S600401")]
    [InlineData("１９８５０４０１")]
    [InlineData("")]
    public void ABirthDateThatIsNotAValidYyyymmddIsACardFormatException(string birth)
    {
        Assert.Throws<CardFormatException>(() => BasicFourItems.Parse(BasicFourItemsFile.Build(birth: birth)));
    }

    [Theory]
    [InlineData(0xDF22u)]
    [InlineData(0xDF23u)]
    [InlineData(0xDF24u)]
    [InlineData(0xDF25u)]
    public void AMissingItemIsACardFormatException(uint tag)
    {
        Assert.Throws<CardFormatException>(() => BasicFourItems.Parse(BasicFourItemsFile.Build(without: tag)));
    }

    [Fact]
    public void ANameThatIsNotUtf8IsACardFormatException()
    {
        var file = Der.Tlv(0xFF20, [
            .. Der.Tlv(0xDF22, Bytes.Hex("E5 B1")),
            .. Der.Tlv(0xDF23, "x"u8),
            .. Der.Tlv(0xDF24, "19850401"u8),
            .. Der.Tlv(0xDF25, "1"u8),
        ]);

        Assert.Throws<CardFormatException>(() => BasicFourItems.Parse(file));
    }

    [Theory]
    [InlineData("DF20 00")]
    [InlineData("FF21 00")]
    [InlineData("")]
    [InlineData("FF20 8203")]
    public void AnotherRootOrABrokenTlvIsACardFormatException(string hex)
    {
        Assert.Throws<CardFormatException>(() => BasicFourItems.Parse(Bytes.Hex(hex)));
    }

    [Fact]
    public void ItsTextNeverShowsThePersonalData()
    {
        var text = BasicFourItems.Parse(BasicFourItemsFile.Build()).ToString();

        Assert.DoesNotContain("山田", text, StringComparison.Ordinal);
        Assert.DoesNotContain("東京", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1985", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomBytesParseOrAreACardFormatExceptionNeverAnythingElse()
    {
        BerTlvPropertyTests.RandomBytes.Sample(
            bytes => BerTlvPropertyTests.Only<CardFormatException>(() => BasicFourItems.Parse(bytes)), iter: 10_000);
    }

    [Fact]
    public void RandomItemsInsideAValidRootAreParsedOrACardFormatException()
    {
        var value = Gen.Byte.Array[0, 12];
        var item = Gen.Select(Gen.OneOf(0xDF21u, 0xDF22u, 0xDF23u, 0xDF24u, 0xDF25u), value, (tag, bytes) => Der.Tlv(tag, bytes));
        item.Array[0, 7].Sample(items =>
        {
            var file = Der.Tlv(0xFF20, items.SelectMany(bytes => bytes).ToArray());

            BerTlvPropertyTests.Only<CardFormatException>(() => BasicFourItems.Parse(file));
        }, iter: 10_000);
    }
}
