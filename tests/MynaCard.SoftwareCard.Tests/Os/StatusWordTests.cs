using System.Security.Cryptography;
using MynaCard.Apdu;
using MynaCard.SoftwareCard.Tests.Support;
using static MynaCard.SoftwareCard.Tests.Support.Apdus;
using static MynaCard.SoftwareCard.Tests.Support.CardKeys;

namespace MynaCard.SoftwareCard.Tests.Os;

/// <summary>Every status word the card answers, one row per case: setup commands, the command, the expected SW.</summary>
[Collection(CardKeysCollection.Name)]
public sealed class StatusWordTests(CardKeys keys)
{
    private static readonly byte[] DigestInfoOfHello = Apdus.DigestInfo(SHA256.HashData("hello"u8));

    private static readonly string[] AuthenticationPinVerified = [SelectJpki, SelectEf("0018"), Verify(AuthenticationPin)];

    public static TheoryData<string, string[], string, string> Cases => new()
    {
        // SELECT
        { "SELECT the JPKI AP", [], SelectJpki, "9000" },
        { "SELECT the card input helper AP", [], SelectCardInput, "9000" },
        { "SELECT an unknown AID", [], "00A4040C0AD392F000260100000002", "6A82" },
        { "SELECT the face image AP, which is not modelled", [], "00A4040C0AD3921000310001010402", "6A82" },
        { "SELECT a prefix of the JPKI AID", [], "00A4040C05D392F00026", "6A82" },
        { "SELECT by AID without an AID", [], "00A4040C", "6700" },
        { "SELECT an EF before any applet", [], SelectEf("000A"), "6A82" },
        { "SELECT an unknown JPKI EF", [SelectJpki], SelectEf("0003"), "6A82" },
        { "SELECT the individual number EF, which is not modelled", [SelectCardInput], SelectEf("0001"), "6A82" },
        { "SELECT a JPKI EF under the card input helper AP", [SelectCardInput], SelectEf("0017"), "6A82" },
        { "SELECT an EF by a 3-byte id", [SelectJpki], "00A4020C03000A00", "6700" },
        { "SELECT asking for FCI (P2 00)", [], "00A404000A" + JpkiAid, "6A86" },
        { "SELECT by path (P1 08)", [SelectJpki], "00A4080C02000A", "6A86" },
        { "SELECT every JPKI EF", [SelectJpki, SelectEf("0006"), SelectEf("000A"), SelectEf("000B"), SelectEf("0017"), SelectEf("0018"), SelectEf("0001"), SelectEf("0002"), SelectEf("001A")], SelectEf("001B"), "9000" },
        { "SELECT both card input helper EFs", [SelectCardInput, SelectEf("0011")], SelectEf("0002"), "9000" },

        // READ BINARY
        { "READ BINARY with no EF selected", [SelectJpki], ReadBinary(0, 4), "6986" },
        { "READ BINARY with no applet selected", [], ReadBinary(0, 4), "6986" },
        { "READ BINARY of the authentication certificate", [SelectJpki, SelectEf("000A")], ReadBinary(0, 4), "9000" },
        { "READ BINARY of the signing CA certificate", [SelectJpki, SelectEf("0002")], ReadBinary(0, 4), "9000" },
        { "READ BINARY of the signing certificate without the signing PIN", [SelectJpki, SelectEf("0001")], ReadBinary(0, 4), "6982" },
        { "READ BINARY of the signing certificate with only the auth PIN", [.. AuthenticationPinVerified, SelectEf("0001")], ReadBinary(0, 4), "6982" },
        { "READ BINARY of the signing certificate after the signing PIN", [SelectJpki, SelectEf("001B"), Verify(SigningPin), SelectEf("0001")], ReadBinary(0, 4), "9000" },
        { "READ BINARY of the basic 4 items without the PIN", [SelectCardInput, SelectEf("0002")], ReadBinary(0, 4), "6982" },
        { "READ BINARY of the basic 4 items after the PIN", [SelectCardInput, SelectEf("0011"), Verify(CardInputPin), SelectEf("0002")], ReadBinary(0, 4), "9000" },
        { "READ BINARY at the end of the EF", [SelectJpki, SelectEf("0006")], ReadBinary(0x20, 1), "6B00" },
        { "READ BINARY far past the end of the EF", [SelectJpki, SelectEf("0006")], ReadBinary(0x7FFF, 1), "6B00" },
        { "READ BINARY with a short EF id in P1", [SelectJpki, SelectEf("0006")], "00B08A0004", "6A86" },
        { "READ BINARY without Le", [SelectJpki, SelectEf("0006")], "00B00000", "6700" },
        { "READ BINARY with data", [SelectJpki, SelectEf("0006")], "00B0000001AA04", "6700" },
        { "READ BINARY of a PIN EF", [SelectJpki, SelectEf("0018")], ReadBinary(0, 1), "6986" },
        { "READ BINARY of a key EF", [SelectJpki, SelectEf("0017")], ReadBinary(0, 1), "6986" },

        // VERIFY
        { "VERIFY with no EF selected", [SelectJpki], VerifyEmpty, "6986" },
        { "VERIFY on a certificate EF", [SelectJpki, SelectEf("000A")], Verify(AuthenticationPin), "6986" },
        { "VERIFY the right auth PIN", [SelectJpki, SelectEf("0018")], Verify(AuthenticationPin), "9000" },
        { "VERIFY a wrong auth PIN", [SelectJpki, SelectEf("0018")], Verify("0000"), "63C2" },
        { "VERIFY an auth PIN of the wrong length", [SelectJpki, SelectEf("0018")], Verify("12345"), "63C2" },
        { "VERIFY the right signing PIN", [SelectJpki, SelectEf("001B")], Verify(SigningPin), "9000" },
        { "VERIFY the signing PIN in small letters", [SelectJpki, SelectEf("001B")], Verify(SigningPin.ToLowerInvariant()), "63C4" },
        { "VERIFY the right card input helper PIN", [SelectCardInput, SelectEf("0011")], Verify(CardInputPin), "9000" },
        { "VERIFY the auth PIN against the card input helper PIN", [SelectCardInput, SelectEf("0011")], Verify(AuthenticationPin), "63C2" },
        { "empty VERIFY of the auth PIN", [SelectJpki, SelectEf("0018")], VerifyEmpty, "63C3" },
        { "empty VERIFY of the signing PIN", [SelectJpki, SelectEf("001B")], VerifyEmpty, "63C5" },
        { "empty VERIFY of the card input helper PIN", [SelectCardInput, SelectEf("0011")], VerifyEmpty, "63C3" },
        { "empty VERIFY after a wrong PIN", [SelectJpki, SelectEf("0018"), Verify("0000")], VerifyEmpty, "63C2" },
        { "VERIFY with P1 01", [SelectJpki, SelectEf("0018")], "0020018004" + Ascii(AuthenticationPin), "6A86" },
        { "VERIFY with P2 81", [SelectJpki, SelectEf("0018")], "0020008104" + Ascii(AuthenticationPin), "6A86" },
        { "VERIFY with Le", [SelectJpki, SelectEf("0018")], "0020008004" + Ascii(AuthenticationPin) + "00", "6700" },
        { "VERIFY with 17 bytes", [SelectJpki, SelectEf("001B")], Verify(new string('A', 17)), "6700" },

        // COMPUTE DIGITAL SIGNATURE
        { "SIGN with the auth key after the auth PIN", [.. AuthenticationPinVerified, SelectEf("0017")], Sign(DigestInfoOfHello), "9000" },
        { "SIGN with the signing key after the signing PIN", [SelectJpki, SelectEf("001B"), Verify(SigningPin), SelectEf("001A")], Sign(DigestInfoOfHello), "9000" },
        { "SIGN with the auth key without the PIN", [SelectJpki, SelectEf("0017")], Sign(DigestInfoOfHello), "6982" },
        { "SIGN with the signing key without the PIN", [SelectJpki, SelectEf("001A")], Sign(DigestInfoOfHello), "6982" },
        { "SIGN with the signing key after only the auth PIN", [.. AuthenticationPinVerified, SelectEf("001A")], Sign(DigestInfoOfHello), "6982" },
        { "SIGN with the auth key after a wrong PIN", [.. AuthenticationPinVerified, Verify("0000"), SelectEf("0017")], Sign(DigestInfoOfHello), "6982" },
        { "SIGN on a certificate EF", [.. AuthenticationPinVerified, SelectEf("000A")], Sign(DigestInfoOfHello), "6986" },
        { "SIGN with no EF selected", [SelectJpki], Sign(DigestInfoOfHello), "6986" },
        { "SIGN with P1-P2 00 00", [.. AuthenticationPinVerified, SelectEf("0017")], "802A0000" + Sign(DigestInfoOfHello)[8..], "6A86" },
        { "SIGN with P1-P2 9E 9A (ISO PSO)", [.. AuthenticationPinVerified, SelectEf("0017")], "802A9E9A" + Sign(DigestInfoOfHello)[8..], "6A86" },
        { "SIGN as CLA 00", [.. AuthenticationPinVerified, SelectEf("0017")], "00" + Sign(DigestInfoOfHello)[2..], "6E00" },
        { "SIGN without data", [.. AuthenticationPinVerified, SelectEf("0017")], "802A008000", "6700" },
        { "SIGN without Le", [.. AuthenticationPinVerified, SelectEf("0017")], Sign(DigestInfoOfHello)[..^2], "6700" },
        { "SIGN with 246 bytes, more than PKCS#1 v1.5 can pad", [.. AuthenticationPinVerified, SelectEf("0017")], Sign(new byte[246]), "6700" },
        { "SIGN with 245 bytes, the most PKCS#1 v1.5 can pad", [.. AuthenticationPinVerified, SelectEf("0017")], Sign(new byte[245]), "9000" },
        { "SIGN with Le 80, short of the 256-byte signature", [.. AuthenticationPinVerified, SelectEf("0017")], Sign(DigestInfoOfHello)[..^2] + "80", "6C00" },

        // Class and instruction
        { "GET DATA, an instruction the card does not have", [SelectJpki], "00CA010100", "6D00" },
        { "CHANGE REFERENCE DATA, not implemented", [.. AuthenticationPinVerified], "0024018004" + Ascii("4321"), "6D00" },
        { "GET RESPONSE", [SelectJpki], "00C0000000", "6D00" },
        { "SELECT with secure messaging (CLA 0C)", [], "0CA4040C0A" + JpkiAid, "6E00" },
        { "SELECT on logical channel 1 (CLA 01)", [], "01A4040C0A" + JpkiAid, "6E00" },
        { "READ BINARY as CLA 80", [SelectJpki, SelectEf("0006")], "80B0000004", "6E00" },
        { "VERIFY as CLA 80", [SelectJpki, SelectEf("0018")], "80200080", "6E00" },
        { "an instruction in an unknown class (CLA A0)", [], "A0A4040C0A" + JpkiAid, "6E00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RawApduGetsTheReferencesStatusWord(string description, string[] setup, string command, string expected)
    {
        using var card = keys.NewCard();
        card.Send(setup);
        var actual = card.Sw(command);
        Assert.True(expected == actual, $"{description}: expected {expected}, got {actual}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CommandApduGetsTheReferencesStatusWord(string description, string[] setup, string command, string expected)
    {
        using var card = keys.NewCard();
        foreach (var step in setup)
        {
            await card.TransmitAsync(step);
        }
        var response = await card.TransmitAsync(command);
        Assert.True(expected == response.Status.ToString().Replace(" ", ""), $"{description}: expected {expected}, got {response.Status}");
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "nothing", "" },
        { "one byte", "00" },
        { "three bytes", "00A404" },
        { "Lc longer than the data", "00A4040C05D392" },
        { "data longer than Lc, by two bytes", "00A4040C0A" + JpkiAid + "0000" },
        { "an extended body of two bytes", "00B000000001" },
        { "extended Lc zero", "00A4040C000000" },
        { "extended Lc longer than the data", "00A4040C00000AD392" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void MalformedApduIsAnsweredWrongLengthNotAnException(string description, string command)
    {
        using var card = keys.NewCard();
        Assert.True("6700" == card.Sw(command), description);
    }

    [Fact]
    public void ExtendedApduIsWrongLengthWhenTheCardHasExtendedLengthOff()
    {
        using var card = keys.NewCard(file => file.Settings.SupportsExtendedLength = false);
        Assert.False(card.Card.SupportsExtendedLength);
        card.Send(SelectJpki, SelectEf("000A"));
        Assert.Equal("6700", card.Sw(ReadBinaryExtended(4, 0x100)));
        Assert.Equal("6700", card.Sw(ReadBinaryExtended(0, 4)));
        Assert.Equal("9000", card.Sw(ReadBinary(0, 4)));
    }

    [Fact]
    public async Task WrongLeForTheSignatureIsRepairedByTheCardChannel()
    {
        using var card = keys.NewCard();
        card.Send([.. AuthenticationPinVerified, SelectEf("0017")]);
        var channel = new MynaCard.Transport.CardChannel(card.Card);
        var response = await channel.TransmitAsync(new CommandApdu(0x80, 0x2A, 0x00, 0x80, DigestInfoOfHello, 0x80), CancellationToken.None);
        Assert.True(response.Status.IsSuccess);
        Assert.Equal(256, response.Data.Length);
    }
}
