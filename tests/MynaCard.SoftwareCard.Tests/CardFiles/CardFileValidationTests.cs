using System.Text.Json.Nodes;
using MynaCard.SoftwareCard.CardFiles;
using MynaCard.SoftwareCard.Tests.Support;

namespace MynaCard.SoftwareCard.Tests.CardFiles;

/// <summary>A broken card file is refused with the field named, never half-loaded.</summary>
[Collection(CardKeysCollection.Name)]
public sealed class CardFileValidationTests(CardKeys keys)
{
    public static TheoryData<string, string, string?, string> Breakages => new()
    {
        { "another format", "format", "\"something-else\"", "format" },
        { "another version", "version", "2", "version" },
        { "no authentication certificate", "jpki.authentication.certificate", null, "jpki.authentication.certificate" },
        { "a certificate that is not base64", "jpki.authentication.certificate", "\"not base64!\"", "jpki.authentication.certificate" },
        { "a certificate that is not DER", "jpki.signing.caCertificate", "\"AAAA\"", "jpki.signing.caCertificate" },
        { "a private key that is not PKCS#8", "jpki.signing.privateKey", "\"AAAA\"", "jpki.signing.privateKey" },
        { "tries left above the maximum", "jpki.authentication.pin.triesLeft", "4", "jpki.authentication.pin.triesLeft" },
        { "negative tries left", "cardInput.pin.triesLeft", "-1", "cardInput.pin.triesLeft" },
        { "sixteen tries, more than 63 Cx can tell", "jpki.signing.pin.maxTries", "16", "jpki.signing.pin.maxTries" },
        { "an unknown PIN hash", "jpki.signing.pin.algorithm", "\"SHA1\"", "jpki.signing.pin.algorithm" },
        { "a birth date with dashes", "cardInput.birthDate", "\"1990-01-02\"", "cardInput.birthDate" },
        { "an impossible birth date", "cardInput.birthDate", "\"19900230\"", "cardInput.birthDate" },
        { "sex 3", "cardInput.sex", "\"3\"", "cardInput.sex" },
        { "no name", "cardInput.name", "\"\"", "cardInput.name" },
        { "a header that is not hex", "cardInput.header", "\"XY\"", "cardInput.header" },
        { "a token info of 33 characters", "jpki.tokenInfo", "\"JPKIAPICCTOKEN2JPKIAPICCTOKEN2XXX\"", "jpki.tokenInfo" },
        { "an ATR that is not hex", "settings.atr", "\"3BZZ\"", "settings.atr" },
        { "an unknown blocked status", "settings.blockedPinStatus", "\"6A82\"", "settings.blockedPinStatus" },
        { "an unknown field", "settings.colour", "\"red\"", "colour" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void BrokenCardFileIsRefusedNamingTheField(string breakage, string field, string? value, string named)
    {
        var json = JsonNode.Parse(keys.TemplateJson)!;
        var path = field.Split('.');
        var parent = path[..^1].Aggregate(json, (node, name) => node[name]!);
        parent.AsObject()[path[^1]] = value is null ? null : JsonNode.Parse(value);
        var error = Assert.Throws<CardFileException>(() => CardFile.Parse(json.ToJsonString()));
        Assert.True(error.Message.Contains(named, StringComparison.Ordinal), $"{breakage}: {error.Message}");
    }

    [Fact]
    public void PrivateKeyOfAnotherCertificateIsRefused()
    {
        var json = JsonNode.Parse(keys.TemplateJson)!;
        json["jpki"]!["authentication"]!["privateKey"] = json["jpki"]!["signing"]!["privateKey"]!.GetValue<string>();
        var error = Assert.Throws<CardFileException>(() => CardFile.Parse(json.ToJsonString()));
        Assert.Contains("does not belong to the certificate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCardFileIsACardFileException()
    {
        var error = Assert.Throws<CardFileException>(() => SoftwareCard.Open(Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.json")));
        Assert.Contains("Cannot read the card file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatIsNotJsonIsACardFileException()
    {
        Assert.Throws<CardFileException>(() => CardFile.Parse("{ not json"));
        Assert.Throws<CardFileException>(() => CardFile.Parse("null"));
    }

    [Fact]
    public void CardFileRoundTripsThroughItsJson()
    {
        var file = CardFile.Parse(keys.TemplateJson);
        Assert.Equal(keys.TemplateJson, CardFile.Parse(file.ToJson()).ToJson());
        Assert.Equal(CardKeys.Name, file.CardInput.Name);
        // Readable Japanese in the file (only the ideographic space comes out as \u3000).
        Assert.Contains("山田", keys.TemplateJson, StringComparison.Ordinal);
    }
}
