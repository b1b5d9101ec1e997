using MynaCard.Apdu;
using MynaCard.Errors;

namespace MynaCard.Tests.Errors;

public class CardStatusExceptionTests
{
    [Theory]
    [InlineData(0x63C2, typeof(WrongPinException))]
    [InlineData(0x63C1, typeof(WrongPinException))]
    [InlineData(0x63C0, typeof(PinBlockedException))]
    [InlineData(0x6984, typeof(PinBlockedException))]
    [InlineData(0x6983, typeof(PinBlockedException))]
    [InlineData(0x6982, typeof(SecurityStatusNotSatisfiedException))]
    [InlineData(0x6A82, typeof(CardFileNotFoundException))]
    [InlineData(0x6D00, typeof(CardStatusException))]
    [InlineData(0x6700, typeof(CardStatusException))]
    [InlineData(0x6986, typeof(CardStatusException))]
    public void EachStatusWordBecomesItsTypedErrorKeepingTheStatus(int value, Type expected)
    {
        var status = new StatusWord((ushort)value);

        var error = Assert.Throws(expected, () => CardStatusException.ThrowIfError(ResponseApdu.Error(status), "VERIFY"));

        Assert.Equal(status, ((CardStatusException)error).Status);
        Assert.StartsWith("VERIFY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongPinTellsTheTriesLeft()
    {
        var error = Assert.Throws<WrongPinException>(() => ThrowIfError(0x63C2));

        Assert.Equal(2, error.TriesLeft);
    }

    [Theory]
    [InlineData(0x63C0, true)]
    [InlineData(0x6984, false)]
    [InlineData(0x6983, false)]
    public void ABlockedPinTellsWhetherThisAttemptBlockedIt(int value, bool byThisAttempt)
    {
        var error = Assert.Throws<PinBlockedException>(() => ThrowIfError(value));

        Assert.Equal(byThisAttempt, error.BlockedByThisAttempt);
    }

    [Fact]
    public void SuccessThrowsNothing()
    {
        ThrowIfError(0x9000);
    }

    private static void ThrowIfError(int value) =>
        CardStatusException.ThrowIfError(ResponseApdu.Error(new StatusWord((ushort)value)), "VERIFY");
}
