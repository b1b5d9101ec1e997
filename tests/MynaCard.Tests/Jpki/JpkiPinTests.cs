using MynaCard.Errors;
using MynaCard.Jpki;
using MynaCard.Tests.Fakes;
using MynaCard.Transport;
using static MynaCard.Tests.Jpki.JpkiApdus;

namespace MynaCard.Tests.Jpki;

public class JpkiPinTests
{
    [Theory]
    [InlineData(JpkiKey.Authentication, "00 18", "63 C3", 3)]
    [InlineData(JpkiKey.Authentication, "00 18", "63 C1", 1)]
    [InlineData(JpkiKey.Authentication, "00 18", "63 C0", 0)]
    [InlineData(JpkiKey.Authentication, "00 18", "69 84", 0)]
    [InlineData(JpkiKey.Authentication, "00 18", "69 83", 0)]
    [InlineData(JpkiKey.Authentication, "00 18", "90 00", 3)]
    [InlineData(JpkiKey.Signing, "00 1B", "63 C5", 5)]
    [InlineData(JpkiKey.Signing, "00 1B", "69 84", 0)]
    [InlineData(JpkiKey.Signing, "00 1B", "90 00", 5)]
    public async Task TriesLeftAreAskedWithAnEmptyVerifyThatSendsNoPin(JpkiKey key, string pinFile, string answer, int tries)
    {
        var card = new ScriptedTransport()
            .Expect(SelectFile(pinFile), Ok)
            .Expect(VerifyEmpty, answer);

        Assert.Equal(tries, await new JpkiApplet(new CardChannel(card)).GetPinTriesLeftAsync(key));
        card.AssertDone();
    }

    [Fact]
    public async Task TriesLeftPassOnAnyOtherError()
    {
        var card = new ScriptedTransport()
            .Expect(SelectFile("00 18"), Ok)
            .Expect(VerifyEmpty, "6A 82");

        await Assert.ThrowsAsync<CardFileNotFoundException>(
            () => new JpkiApplet(new CardChannel(card)).GetPinTriesLeftAsync(JpkiKey.Authentication));
    }

    [Fact]
    public async Task VerifySelectsThePinFileAndSendsThePinAsAscii()
    {
        var card = new ScriptedTransport()
            .Expect(SelectFile("00 18"), Ok)
            .Expect("00 20 00 80 04 30 31 32 39", Ok);

        await new JpkiApplet(new CardChannel(card)).VerifyPinAsync(JpkiKey.Authentication, "0129");

        card.AssertDone();
    }

    [Theory]
    [InlineData("63 C0", true)]
    [InlineData("69 84", false)]
    public async Task ABlockedPinSaysWhetherThisVerifyBlockedIt(string answer, bool byThisAttempt)
    {
        var card = new ScriptedTransport()
            .Expect(SelectFile("00 18"), Ok)
            .Expect(Verify("1111"), answer);

        var error = await Assert.ThrowsAsync<PinBlockedException>(
            () => new JpkiApplet(new CardChannel(card)).VerifyPinAsync(JpkiKey.Authentication, "1111"));

        Assert.Equal(byThisAttempt, error.BlockedByThisAttempt);
    }
}
