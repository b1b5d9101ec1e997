using Bot.Channels.Line.Api;

namespace Bot.Channels.Line.Tests.Api;

public sealed class LineRetryKeysTests
{
    [Fact]
    public void TheSameDeliveryKeyAlwaysGivesTheSameRetryKeyAndAnotherGivesAnother()
    {
        Assert.Equal(LineRetryKeys.From("page-1/line/0#0"), LineRetryKeys.From("page-1/line/0#0"));
        Assert.NotEqual(LineRetryKeys.From("page-1/line/0#0"), LineRetryKeys.From("page-1/line/1#0"));
    }

    [Fact]
    public void ARetryKeyIsANameBasedUuidOfVersion5()
    {
        var key = LineRetryKeys.From("page-1/line/0#0").ToString();

        Assert.Equal('5', key[14]);
        Assert.Contains(key[19], "89ab");
    }
}
