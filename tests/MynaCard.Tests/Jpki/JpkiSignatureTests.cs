using System.Security.Cryptography;
using MynaCard.Errors;
using MynaCard.Jpki;
using MynaCard.Pins;
using MynaCard.Tests.Fakes;
using MynaCard.Transport;
using static MynaCard.Tests.Jpki.JpkiApdus;

namespace MynaCard.Tests.Jpki;

public class JpkiSignatureTests
{
    private static readonly byte[] Challenge = SHA256.HashData("portal login challenge"u8);
    private static readonly byte[] Signature = Bytes.Pattern(256, seed: 11);

    [Fact]
    public async Task ALoginSignatureWithAKnownCertificateIsExactlyFiveApdus()
    {
        var card = new ScriptedTransport()
            .Expect(SelectAp, Ok)
            .Expect(SelectFile("00 18"), Ok)
            .Expect(Verify("1234"), Ok)
            .Expect(SelectFile("00 17"), Ok)
            .Expect(Sign(Challenge), Bytes.Ok(Signature));
        var channel = new CardChannel(card);

        var signature = await new JpkiApplet(channel).SignWithPinAsync(JpkiKey.Authentication, "1234", Challenge);

        Assert.Equal(Signature, signature);
        Assert.Equal(5, channel.Counters.Apdus);
        card.AssertDone();
    }

    [Fact]
    public async Task ASigningSignatureUsesTheSigningPinUpperCasedAndTheSigningKey()
    {
        var card = new ScriptedTransport()
            .Expect(SelectAp, Ok)
            .Expect(SelectFile("00 1B"), Ok)
            .Expect(Verify("ABC123"), Ok)
            .Expect(SelectFile("00 1A"), Ok)
            .Expect(Sign(Challenge), Bytes.Ok(Signature));

        var signature = await new JpkiApplet(new CardChannel(card)).SignWithPinAsync(JpkiKey.Signing, "abc123", Challenge);

        Assert.Equal(Signature, signature);
        card.AssertDone();
    }

    [Fact]
    public async Task AWrongPinStopsBeforeTheKeyAndTellsTheTriesLeft()
    {
        var card = new ScriptedTransport()
            .Expect(SelectAp, Ok)
            .Expect(SelectFile("00 18"), Ok)
            .Expect(Verify("9999"), "63 C2");

        var error = await Assert.ThrowsAsync<WrongPinException>(
            () => new JpkiApplet(new CardChannel(card)).SignWithPinAsync(JpkiKey.Authentication, "9999", Challenge));

        Assert.Equal(2, error.TriesLeft);
        card.AssertDone();
    }

    [Fact]
    public async Task SigningWithoutAVerifiedPinIsSecurityStatusNotSatisfied()
    {
        var card = new ScriptedTransport()
            .Expect(SelectFile("00 17"), Ok)
            .Expect(Sign(Challenge), "69 82");

        await Assert.ThrowsAsync<SecurityStatusNotSatisfiedException>(
            () => new JpkiApplet(new CardChannel(card)).SignAsync(JpkiKey.Authentication, Challenge));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(64)]
    public async Task AHashThatIsNot32BytesNeverReachesTheCard(int length)
    {
        var card = new ScriptedTransport();
        var applet = new JpkiApplet(new CardChannel(card));

        await Assert.ThrowsAsync<ArgumentException>(() => applet.SignAsync(JpkiKey.Authentication, new byte[length]));
        await Assert.ThrowsAsync<ArgumentException>(() => applet.SignWithPinAsync(JpkiKey.Authentication, "1234", new byte[length]));

        Assert.Empty(card.Sent);
    }

    [Theory]
    [InlineData(JpkiKey.Authentication, "123", PinFormatReason.TooShort)]
    [InlineData(JpkiKey.Authentication, "12345", PinFormatReason.TooLong)]
    [InlineData(JpkiKey.Authentication, "12a4", PinFormatReason.InvalidCharacter)]
    [InlineData(JpkiKey.Authentication, "１２３４", PinFormatReason.InvalidCharacter)]
    [InlineData(JpkiKey.Authentication, "", PinFormatReason.Empty)]
    [InlineData(JpkiKey.Signing, "ABC12", PinFormatReason.TooShort)]
    [InlineData(JpkiKey.Signing, "ABCDEFGHIJKLMNOPQ", PinFormatReason.TooLong)]
    [InlineData(JpkiKey.Signing, "ABC_123", PinFormatReason.InvalidCharacter)]
    public async Task ABadlyFormedPinNeverReachesTheCard(JpkiKey key, string pin, PinFormatReason reason)
    {
        var card = new ScriptedTransport();
        var applet = new JpkiApplet(new CardChannel(card));

        var verify = await Assert.ThrowsAsync<PinFormatException>(() => applet.VerifyPinAsync(key, pin));
        var sign = await Assert.ThrowsAsync<PinFormatException>(() => applet.SignWithPinAsync(key, pin, Challenge));

        Assert.Equal(reason, verify.Reason);
        Assert.Equal(reason, sign.Reason);
        Assert.Empty(card.Sent);
    }

    [Fact]
    public async Task ASuccessWithoutASignatureIsACardFormatException()
    {
        var card = new ScriptedTransport()
            .Expect(SelectFile("00 17"), Ok)
            .Expect(Sign(Challenge), Ok);

        await Assert.ThrowsAsync<CardFormatException>(
            () => new JpkiApplet(new CardChannel(card)).SignAsync(JpkiKey.Authentication, Challenge));
    }

    [Fact]
    public async Task ACardWithoutTheJpkiApIsCardFileNotFound()
    {
        var card = new ScriptedTransport().Expect(SelectAp, "6A 82");

        await Assert.ThrowsAsync<CardFileNotFoundException>(() => new JpkiApplet(new CardChannel(card)).SelectAsync());
    }
}
