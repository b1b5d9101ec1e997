using MynaCard.Apdu;
using MynaCard.SoftwareCard.Tests.Support;
using MynaCard.Transport;
using static MynaCard.SoftwareCard.Tests.Support.Apdus;

namespace MynaCard.SoftwareCard.Tests.Os;

/// <summary>Certificates read the way clients read them: the 4-byte header, then one extended read or chunks.</summary>
[Collection(CardKeysCollection.Name)]
public sealed class ReadBinaryTests(CardKeys keys)
{
    public static TheoryData<string, string, string[]> Certificates => new()
    {
        { "authentication certificate", "000A", [] },
        { "authentication CA certificate", "000B", [] },
        { "signing CA certificate", "0002", [] },
        { "signing certificate", "0001", [SelectEf("001B"), Verify(CardKeys.SigningPin)] },
    };

    [Theory]
    [MemberData(nameof(Certificates))]
    public void HeaderThenOneExtendedReadReturnsTheExactCertificate(string certificate, string file, string[] unlock)
    {
        using var card = keys.NewCard();
        card.Send([SelectJpki, .. unlock, SelectEf(file)]);
        var header = card.Data(ReadBinary(0, 4));
        Assert.Equal(0x30, header[0]);
        Assert.Equal(0x82, header[1]);
        var length = (header[2] << 8 | header[3]) + 4;
        var rest = card.Data(ReadBinaryExtended(4, length - 4));
        Assert.True(Expected(file).SequenceEqual([.. header, .. rest]), certificate);
    }

    [Theory]
    [MemberData(nameof(Certificates))]
    public void ChunkedReadsOf256And255BytesReturnTheExactCertificate(string certificate, string file, string[] unlock)
    {
        using var card = keys.NewCard();
        card.Send([SelectJpki, .. unlock, SelectEf(file)]);
        foreach (var chunk in new[] { 256, 255, 100 })
        {
            var read = new List<byte>();
            while (true)
            {
                var response = card.Card.Process(Bytes(ReadBinary(read.Count, chunk)));
                var sw = Convert.ToHexString(response[^2..]);
                if (sw == "6B00")
                {
                    break;
                }
                Assert.Equal("9000", sw);
                Assert.InRange(response.Length - 2, 1, chunk);
                read.AddRange(response[..^2]);
            }
            Assert.True(Expected(file).SequenceEqual(read), $"{certificate} in chunks of {chunk}");
        }
    }

    [Fact]
    public void ShortReadAtTheEndReturnsWhatIsLeftWith9000()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("000A"));
        var length = keys.AuthenticationCertificate.Length;
        var response = card.Card.Process(Bytes(ReadBinary(length - 10, 0)));
        Assert.Equal(12, response.Length);
        Assert.Equal(keys.AuthenticationCertificate[^10..], response[..^2]);
        Assert.Equal("9000", Convert.ToHexString(response[^2..]));
    }

    [Fact]
    public void ShortReadAtTheEndIs6282WithTheEndOfFileWarningSetting()
    {
        using var card = keys.NewCard(file => file.Settings.EndOfFileWarning = true);
        card.Send(SelectJpki, SelectEf("000A"));
        var length = keys.AuthenticationCertificate.Length;
        Assert.Equal(Convert.ToHexString(keys.AuthenticationCertificate[^10..]) + "6282", card.Send(ReadBinary(length - 10, 0)));
        Assert.Equal("9000", card.Sw(ReadBinary(length - 10, 10)));
    }

    [Fact]
    public void ExtendedReadOfTheWholeFileWithLe0000ReturnsIt()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("000A"));
        Assert.Equal(keys.AuthenticationCertificate, card.Data("00B00000000000"));
    }

    [Fact]
    public void TokenInfoIsJpkiApIcCToken2PaddedWithSpaces()
    {
        using var card = keys.NewCard();
        card.Send(SelectJpki, SelectEf("0006"));
        var tokenInfo = card.Data(ReadBinary(0, 0));
        Assert.Equal(0x20, tokenInfo.Length);
        Assert.Equal("JPKIAPICCTOKEN2                 ", System.Text.Encoding.ASCII.GetString(tokenInfo));
    }

    [Fact]
    public async Task CardChannelReadsTheCertificateWithCommandApdus()
    {
        using var card = keys.NewCard();
        var channel = new CardChannel(card.Card);
        await channel.TransmitAsync(CommandApdu.Parse(Bytes(SelectJpki)), CancellationToken.None);
        await channel.TransmitAsync(CommandApdu.Parse(Bytes(SelectEf("000A"))), CancellationToken.None);
        var header = await channel.TransmitAsync(new CommandApdu(0x00, 0xB0, 0x00, 0x00, ne: 4), CancellationToken.None);
        var length = header.Data.Span[2] << 8 | header.Data.Span[3];
        var rest = await channel.TransmitAsync(new CommandApdu(0x00, 0xB0, 0x00, 0x04, ne: length), CancellationToken.None);
        Assert.True(rest.Status.IsSuccess);
        Assert.Equal(keys.AuthenticationCertificate, header.Data.ToArray().Concat(rest.Data.ToArray()).ToArray());
        Assert.Equal(4, channel.Counters.Apdus);
    }

    private byte[] Expected(string file) => file switch
    {
        "000A" => keys.AuthenticationCertificate,
        "0001" => keys.SigningCertificate,
        _ => keys.CaCertificate,
    };
}
