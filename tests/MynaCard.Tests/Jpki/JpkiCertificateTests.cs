using MynaCard.Errors;
using MynaCard.Jpki;
using MynaCard.Tests.Fakes;
using MynaCard.Transport;
using static MynaCard.Tests.Jpki.JpkiApdus;

namespace MynaCard.Tests.Jpki;

public class JpkiCertificateTests
{
    /// <summary>1604 bytes, the size of a real authentication certificate: 30 82 06 40.</summary>
    private static readonly byte[] Certificate = Der.Certificate(1604);

    [Fact]
    public async Task WithExtendedLengthTheCertificateIsTheHeaderThenOneRead()
    {
        var card = new ScriptedTransport(supportsExtendedLength: true)
            .Expect(SelectFile("00 0A"), Ok)
            .Expect(ReadBinary(0, "04"), Bytes.Ok(Certificate.AsSpan(0, 4)))
            .Expect(ReadBinary(4, "00 06 40"), Bytes.Ok(Certificate.AsSpan(4)));
        var channel = new CardChannel(card);

        var read = await new JpkiApplet(channel).ReadCertificateAsync(JpkiCertificate.Authentication);

        Assert.Equal(Certificate, read);
        Assert.Equal(3, channel.Counters.Apdus);
        card.AssertDone();
    }

    [Fact]
    public async Task WithoutExtendedLengthTheCertificateIsReadIn256ByteChunks()
    {
        var card = new ScriptedTransport()
            .Expect(SelectFile("00 0A"), Ok)
            .Expect(ReadBinary(0, "04"), Bytes.Ok(Certificate.AsSpan(0, 4)));
        ExpectChunksFrom(card, 4);

        var read = await new JpkiApplet(new CardChannel(card)).ReadCertificateAsync(JpkiCertificate.Authentication);

        Assert.Equal(Certificate, read);
        Assert.Equal(2 + 7, card.Sent.Count);
        card.AssertDone();
    }

    [Fact]
    public async Task AnExtendedReadAnsweredWrongLengthFallsBackToChunks()
    {
        var card = new ScriptedTransport(supportsExtendedLength: true)
            .Expect(SelectFile("00 0A"), Ok)
            .Expect(ReadBinary(0, "04"), Bytes.Ok(Certificate.AsSpan(0, 4)))
            .Expect(ReadBinary(4, "00 06 40"), "67 00");
        ExpectChunksFrom(card, 4);

        Assert.Equal(Certificate, await new JpkiApplet(new CardChannel(card)).ReadCertificateAsync(JpkiCertificate.Authentication));
        card.AssertDone();
    }

    [Fact]
    public async Task AnExtendedReadAnswered6CxxGetsTheShortReadThenChunks()
    {
        var card = new ScriptedTransport(supportsExtendedLength: true)
            .Expect(SelectFile("00 0A"), Ok)
            .Expect(ReadBinary(0, "04"), Bytes.Ok(Certificate.AsSpan(0, 4)))
            .Expect(ReadBinary(4, "00 06 40"), "6C 00")
            .Expect(ReadBinary(4, "00"), Bytes.Ok(Certificate.AsSpan(4, 256)));
        ExpectChunksFrom(card, 260);

        Assert.Equal(Certificate, await new JpkiApplet(new CardChannel(card)).ReadCertificateAsync(JpkiCertificate.Authentication));
        card.AssertDone();
    }

    [Fact]
    public async Task AnExtendedReadThatReturnsLessIsCompletedInChunks()
    {
        var card = new ScriptedTransport(supportsExtendedLength: true)
            .Expect(SelectFile("00 0A"), Ok)
            .Expect(ReadBinary(0, "04"), Bytes.Ok(Certificate.AsSpan(0, 4)))
            .Expect(ReadBinary(4, "00 06 40"), Bytes.Ok(Certificate.AsSpan(4, 1000)));
        ExpectChunksFrom(card, 1004);

        Assert.Equal(Certificate, await new JpkiApplet(new CardChannel(card)).ReadCertificateAsync(JpkiCertificate.Authentication));
        card.AssertDone();
    }

    [Fact]
    public async Task AnExtendedReadAnsweredWithASecurityErrorIsThrownNotRetried()
    {
        var card = new ScriptedTransport(supportsExtendedLength: true)
            .Expect(SelectFile("00 01"), Ok)
            .Expect(ReadBinary(0, "04"), Bytes.Ok(Certificate.AsSpan(0, 4)))
            .Expect(ReadBinary(4, "00 06 40"), "69 82");

        await Assert.ThrowsAsync<SecurityStatusNotSatisfiedException>(
            () => new JpkiApplet(new CardChannel(card)).ReadCertificateAsync(JpkiCertificate.Signing));
        card.AssertDone();
    }

    [Fact]
    public async Task TheSigningCertificateWithoutTheSigningPinIsSecurityStatusNotSatisfied()
    {
        var card = new ScriptedTransport(supportsExtendedLength: true)
            .Expect(SelectFile("00 01"), Ok)
            .Expect(ReadBinary(0, "04"), "69 82");

        await Assert.ThrowsAsync<SecurityStatusNotSatisfiedException>(
            () => new JpkiApplet(new CardChannel(card)).ReadCertificateAsync(JpkiCertificate.Signing));
    }

    [Fact]
    public async Task TheSigningCertificateIsReadAfterTheSigningPin()
    {
        var card = new ScriptedTransport(supportsExtendedLength: true)
            .Expect(SelectAp, Ok)
            .Expect(SelectFile("00 1B"), Ok)
            .Expect(Verify("SIGNPIN1"), Ok)
            .Expect(SelectFile("00 01"), Ok)
            .Expect(ReadBinary(0, "04"), Bytes.Ok(Certificate.AsSpan(0, 4)))
            .Expect(ReadBinary(4, "00 06 40"), Bytes.Ok(Certificate.AsSpan(4)));
        var applet = new JpkiApplet(new CardChannel(card));

        await applet.SelectAsync();
        await applet.VerifyPinAsync(JpkiKey.Signing, "signpin1");

        Assert.Equal(Certificate, await applet.ReadCertificateAsync(JpkiCertificate.Signing));
        card.AssertDone();
    }

    [Theory]
    [InlineData(JpkiCertificate.Authentication, "00 0A")]
    [InlineData(JpkiCertificate.AuthenticationCa, "00 0B")]
    [InlineData(JpkiCertificate.Signing, "00 01")]
    [InlineData(JpkiCertificate.SigningCa, "00 02")]
    public async Task EachCertificateIsReadFromItsOwnFile(JpkiCertificate certificate, string file)
    {
        var small = Der.Certificate(20);
        var card = new ScriptedTransport()
            .Expect(SelectFile(file), Ok)
            .Expect(ReadBinary(0, "04"), Bytes.Ok(small.AsSpan(0, 4)))
            .Expect(ReadBinary(4, "10"), Bytes.Ok(small.AsSpan(4)));

        Assert.Equal(small, await new JpkiApplet(new CardChannel(card)).ReadCertificateAsync(certificate));
    }

    [Theory]
    [InlineData("30 81 FF 00")]
    [InlineData("31 82 06 40")]
    [InlineData("30 82 FF FF")]
    [InlineData("30 82")]
    public async Task AFileThatDoesNotStartLikeAReadableCertificateIsACardFormatException(string header)
    {
        var card = new ScriptedTransport()
            .Expect(SelectFile("00 0A"), Ok)
            .Expect(ReadBinary(0, "04"), Bytes.Ok(Bytes.Hex(header)));

        await Assert.ThrowsAsync<CardFormatException>(
            () => new JpkiApplet(new CardChannel(card)).ReadCertificateAsync(JpkiCertificate.Authentication));
        card.AssertDone();
    }

    [Fact]
    public async Task AChunkWithNoDataIsACardFormatExceptionNotAnEndlessLoop()
    {
        var card = new ScriptedTransport()
            .Expect(SelectFile("00 0A"), Ok)
            .Expect(ReadBinary(0, "04"), Bytes.Ok(Certificate.AsSpan(0, 4)))
            .Expect(ReadBinary(4, "00"), Ok);

        await Assert.ThrowsAsync<CardFormatException>(
            () => new JpkiApplet(new CardChannel(card)).ReadCertificateAsync(JpkiCertificate.Authentication));
    }

    /// <summary>The rest of <see cref="Certificate"/> from <paramref name="offset"/>: Le 00 chunks, then exactly what is left.</summary>
    private static void ExpectChunksFrom(ScriptedTransport card, int offset)
    {
        for (; offset < Certificate.Length; offset += 256)
        {
            var length = Math.Min(256, Certificate.Length - offset);
            card.Expect(ReadBinary(offset, length == 256 ? "00" : $"{length:X2}"), Bytes.Ok(Certificate.AsSpan(offset, length)));
        }
    }
}
