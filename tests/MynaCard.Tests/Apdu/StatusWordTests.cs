using MynaCard.Apdu;

namespace MynaCard.Tests.Apdu;

public class StatusWordTests
{
    [Theory]
    [InlineData(0x9000, true, null, false, false)]
    [InlineData(0x63C3, false, 3, false, false)]
    [InlineData(0x63C0, false, 0, false, false)]
    [InlineData(0x63CF, false, 15, false, false)]
    [InlineData(0x6300, false, null, false, false)]
    [InlineData(0x6110, false, null, true, false)]
    [InlineData(0x6100, false, null, true, false)]
    [InlineData(0x6C20, false, null, false, true)]
    [InlineData(0x6A82, false, null, false, false)]
    public void EachStatusSaysWhatItIs(int value, bool success, int? triesLeft, bool moreData, bool wrongLe)
    {
        var status = new StatusWord((ushort)value);

        Assert.Equal(success, status.IsSuccess);
        Assert.Equal(triesLeft is not null, status.IsTriesLeft);
        Assert.Equal(moreData, status.IsMoreDataAvailable);
        Assert.Equal(wrongLe, status.IsWrongLe);
        if (triesLeft is { } tries)
        {
            Assert.Equal(tries, status.TriesLeft);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => status.TriesLeft);
        }
    }

    [Fact]
    public void IsBuiltFromItsTwoBytesAndPrintsThemApart()
    {
        var status = new StatusWord(0x63, 0xC2);

        Assert.Equal(StatusWord.TriesLeftCount(2), status);
        Assert.Equal((0x63, 0xC2), (status.Sw1, status.Sw2));
        Assert.Equal("63 C2", status.ToString());
    }
}
