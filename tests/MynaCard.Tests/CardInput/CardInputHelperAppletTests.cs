using System.Reflection;
using MynaCard.CardInput;
using MynaCard.Errors;
using MynaCard.Pins;
using MynaCard.Tests.Fakes;
using MynaCard.Transport;

namespace MynaCard.Tests.CardInput;

public class CardInputHelperAppletTests
{
    private const string SelectAp = "00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08";
    private const string SelectPin = "00 A4 02 0C 02 00 11";
    private const string SelectBasicFourItems = "00 A4 02 0C 02 00 02";
    private const string Ok = "90 00";

    /// <summary>An address with a long 方書, so that the file needs two short reads after its header.</summary>
    private static readonly string LongAddress = BasicFourItemsFile.Address + "　" + BasicFourItemsFile.Address;

    private static readonly byte[] File = BasicFourItemsFile.Build(address: LongAddress);

    [Fact]
    public async Task TheBasicFourItemsAreReadAfterThePinInChunks()
    {
        Assert.True(File.Length > 256 + 5, "the file must need more than one short read");
        var card = new ScriptedTransport()
            .Expect(SelectAp, Ok)
            .Expect(SelectPin, Ok)
            .Expect("00 20 00 80 04 31 39 38 35", Ok)
            .Expect(SelectBasicFourItems, Ok)
            .Expect("00 B0 00 00 05", Bytes.Ok(File.AsSpan(0, 5)));
        for (var offset = 5; offset < File.Length; offset += 256)
        {
            var length = Math.Min(256, File.Length - offset);
            card.Expect($"00 B0 {offset >> 8:X2} {offset & 0xFF:X2} {(length == 256 ? 0 : length):X2}", Bytes.Ok(File.AsSpan(offset, length)));
        }
        var applet = new CardInputHelperApplet(new CardChannel(card));

        await applet.SelectAsync();
        await applet.VerifyPinAsync("1985");
        var items = await applet.ReadBasicFourItemsAsync();

        Assert.Equal(BasicFourItemsFile.Name, items.Name);
        Assert.Equal(new DateOnly(1985, 4, 1), items.DateOfBirth);
        card.AssertDone();
    }

    [Fact]
    public async Task WithExtendedLengthTheRestIsOneRead()
    {
        Assert.True(File.Length > 256 + 5, "the file must need more than one short read");
        var card = new ScriptedTransport(supportsExtendedLength: true)
            .Expect(SelectBasicFourItems, Ok)
            .Expect("00 B0 00 00 05", Bytes.Ok(File.AsSpan(0, 5)))
            .Expect($"00 B0 00 05 00 {File.Length - 5:X4}", Bytes.Ok(File.AsSpan(5)));
        var channel = new CardChannel(card);

        var items = await new CardInputHelperApplet(channel).ReadBasicFourItemsAsync();

        Assert.Equal(LongAddress, items.Address);
        Assert.Equal(3, channel.Counters.Apdus);
    }

    [Fact]
    public async Task WithoutThePinTheReadIsSecurityStatusNotSatisfied()
    {
        var card = new ScriptedTransport()
            .Expect(SelectBasicFourItems, Ok)
            .Expect("00 B0 00 00 05", "69 82");

        await Assert.ThrowsAsync<SecurityStatusNotSatisfiedException>(
            () => new CardInputHelperApplet(new CardChannel(card)).ReadBasicFourItemsAsync());
    }

    [Theory]
    [InlineData("63 C3", 3)]
    [InlineData("63 C1", 1)]
    [InlineData("69 84", 0)]
    [InlineData("90 00", 3)]
    public async Task TriesLeftAreAskedWithAnEmptyVerifyThatSendsNoPin(string answer, int tries)
    {
        var card = new ScriptedTransport()
            .Expect(SelectPin, Ok)
            .Expect("00 20 00 80", answer);

        Assert.Equal(tries, await new CardInputHelperApplet(new CardChannel(card)).GetPinTriesLeftAsync());
        card.AssertDone();
    }

    [Theory]
    [InlineData("123")]
    [InlineData("12345")]
    [InlineData("abcd")]
    [InlineData("")]
    public async Task ABadlyFormedPinNeverReachesTheCard(string pin)
    {
        var card = new ScriptedTransport();

        var error = await Assert.ThrowsAsync<PinFormatException>(() => new CardInputHelperApplet(new CardChannel(card)).VerifyPinAsync(pin));

        Assert.Equal(PinKind.CardInput, error.Kind);
        Assert.Empty(card.Sent);
    }

    [Fact]
    public async Task AWrongPinTellsTheTriesLeft()
    {
        var card = new ScriptedTransport()
            .Expect(SelectPin, Ok)
            .Expect("00 20 00 80 04 30 30 30 30", "63 C2");

        var error = await Assert.ThrowsAsync<WrongPinException>(() => new CardInputHelperApplet(new CardChannel(card)).VerifyPinAsync("0000"));

        Assert.Equal(2, error.TriesLeft);
    }

    [Fact]
    public void TheOnlyFilesItKnowsAreThePinAndTheBasicFourItems()
    {
        // The individual number's EF must not even be named here: the portal never reads it.
        var files = typeof(CardInputHelperApplet).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(ushort))
            .Select(field => (ushort)field.GetRawConstantValue()!)
            .Order();

        Assert.Equal([(ushort)0x0002, (ushort)0x0011], files);
    }
}
