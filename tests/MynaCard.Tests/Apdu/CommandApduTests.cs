using MynaCard.Apdu;
using MynaCard.Errors;
using MynaCard.Tests.Fakes;

namespace MynaCard.Tests.Apdu;

public class CommandApduTests
{
    /// <summary>
    /// Header 00 B0 01 02; data is <c>dataLength</c> bytes of <see cref="Bytes.Pattern"/>, written as {data} in the
    /// expected hex.
    /// </summary>
    [Theory]
    [InlineData(ApduCase.Case1, 0, null, "00B00102")]
    [InlineData(ApduCase.Case2, 0, 1, "00B0010201")]
    [InlineData(ApduCase.Case2, 0, 255, "00B00102FF")]
    [InlineData(ApduCase.Case2, 0, 256, "00B0010200")]
    [InlineData(ApduCase.Case2, 0, 257, "00B00102000101")]
    [InlineData(ApduCase.Case2, 0, 1604, "00B00102000644")]
    [InlineData(ApduCase.Case2, 0, 65535, "00B0010200FFFF")]
    [InlineData(ApduCase.Case2, 0, 65536, "00B00102000000")]
    [InlineData(ApduCase.Case3, 2, null, "00B0010202{data}")]
    [InlineData(ApduCase.Case3, 255, null, "00B00102FF{data}")]
    [InlineData(ApduCase.Case3, 256, null, "00B00102000100{data}")]
    [InlineData(ApduCase.Case3, 65535, null, "00B0010200FFFF{data}")]
    [InlineData(ApduCase.Case4, 51, 256, "00B0010233{data}00")]
    [InlineData(ApduCase.Case4, 255, 256, "00B00102FF{data}00")]
    [InlineData(ApduCase.Case4, 256, 256, "00B00102000100{data}0100")]
    [InlineData(ApduCase.Case4, 2, 257, "00B00102000002{data}0101")]
    [InlineData(ApduCase.Case4, 2, 65536, "00B00102000002{data}0000")]
    public void EncodesEachCaseShortWhenItFitsAndExtendedOtherwise(ApduCase expectedCase, int dataLength, int? ne, string expected)
    {
        var data = Bytes.Pattern(dataLength);
        var command = new CommandApdu(0x00, 0xB0, 0x01, 0x02, data, ne);

        Assert.Equal(expectedCase, command.Case);
        Assert.Equal(expected.Replace("{data}", Bytes.ToHex(data), StringComparison.Ordinal), command.ToString());
        Assert.Equal(dataLength > 255 || ne > 256, command.IsExtended);
    }

    [Theory]
    [InlineData("00B00102", 0, null)]
    [InlineData("00B0010200", 0, 256)]
    [InlineData("00B00102000000", 0, 65536)]
    [InlineData("00B00102000644", 0, 1604)]
    [InlineData("00B0010202AABB", 2, null)]
    [InlineData("00B0010202AABB00", 2, 256)]
    [InlineData("00B0010202AABB10", 2, 16)]
    [InlineData("00B00102000002AABB0000", 2, 65536)]
    [InlineData("00B00102000002AABB", 2, null)]
    public void ParsesBothFormsIntoTheSameFields(string hex, int dataLength, int? ne)
    {
        var command = CommandApdu.Parse(Bytes.Hex(hex));

        Assert.Equal((0x00, 0xB0, 0x01, 0x02), (command.Cla, command.Ins, command.P1, command.P2));
        Assert.Equal(dataLength, command.Data.Length);
        Assert.Equal(ne, command.Ne);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(0, 256)]
    [InlineData(0, 65536)]
    [InlineData(255, 256)]
    [InlineData(256, null)]
    [InlineData(256, 1)]
    [InlineData(65535, 65536)]
    public void ParseOfToBytesGivesTheSameCommandBack(int dataLength, int? ne)
    {
        var original = new CommandApdu(0x80, 0x2A, 0x00, 0x80, Bytes.Pattern(dataLength), ne);

        AssertSameCommand(original, CommandApdu.Parse(original.ToBytes()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00A404")]
    [InlineData("00A4040C0218")]
    [InlineData("00A4040C01AABBCC")]
    [InlineData("00B000000001")]
    [InlineData("00A4040C000000AA")]
    [InlineData("00A4040C000002AA")]
    [InlineData("00A4040C000001AABBCCDD")]
    [InlineData("00A4040C000001AABB")]
    public void MalformedCommandBytesAreACardFormatException(string hex)
    {
        Assert.Throws<CardFormatException>(() => CommandApdu.Parse(Bytes.Hex(hex)));
    }

    [Fact]
    public void AnExpectedLengthOutsideOneTo65536IsRefusedWhenBuilt()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommandApdu(0, 0xB0, 0, 0, ne: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommandApdu(0, 0xB0, 0, 0, ne: 65537));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommandApdu(0, 0xD6, 0, 0, new byte[65536]));
    }

    internal static void AssertSameCommand(CommandApdu expected, CommandApdu actual)
    {
        Assert.Equal((expected.Cla, expected.Ins, expected.P1, expected.P2), (actual.Cla, actual.Ins, actual.P1, actual.P2));
        Assert.Equal(expected.Data.ToArray(), actual.Data.ToArray());
        Assert.Equal(expected.Ne, actual.Ne);
    }
}
