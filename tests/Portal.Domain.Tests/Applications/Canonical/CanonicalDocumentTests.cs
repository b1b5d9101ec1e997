using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portal.Contracts.Canonical;
using Portal.Domain.Applications.Canonical;

namespace Portal.Domain.Tests.Applications.Canonical;

public sealed class CanonicalDocumentTests
{
    public static ApplicationContent Content(string data = "{\"name\":\"山田 花子\",\"children\":2}", string localGovernmentCode = "131016") => new(
        "tennyu", "tennyu-form", "3", localGovernmentCode,
        JsonDocument.Parse(data).RootElement,
        [new AttachmentReference("住民票.pdf", "application/pdf", 1234, new string('a', 64))]);

    [Fact]
    public void TheDocumentIsTheCanonicalJsonOfTheContent()
    {
        var document = CanonicalDocument.Create(Content());

        Assert.Equal(
            "{\"attachments\":[{\"contentType\":\"application/pdf\",\"name\":\"住民票.pdf\",\"sha256\":\"" + new string('a', 64) + "\",\"size\":1234}],"
            + "\"data\":{\"children\":2,\"name\":\"山田 花子\"},\"formId\":\"tennyu-form\",\"formVersion\":\"3\","
            + "\"localGovernmentCode\":\"131016\",\"procedureId\":\"tennyu\"}",
            Encoding.UTF8.GetString(document.Bytes.Span));
        Assert.Equal(SHA256.HashData(document.Bytes.Span), document.Sha256.ToArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(document.Bytes.Span)), document.Sha256Hex);
    }

    [Fact]
    public void FormDataInAnotherOrderGivesTheSameBytesAndHash()
    {
        var one = CanonicalDocument.Create(Content("{\"name\":\"山田 花子\",\"children\":2}"));
        var other = CanonicalDocument.Create(Content("{ \"children\" : 2.0, \"name\" : \"山田 花子\" }"));

        Assert.Equal(one.ToArray(), other.ToArray());
        Assert.Equal(one.Sha256Hex, other.Sha256Hex);
    }

    [Fact]
    public void AnotherReceivingBodyIsAnotherDocument()
    {
        Assert.NotEqual(CanonicalDocument.Create(Content()).Sha256Hex, CanonicalDocument.Create(Content(localGovernmentCode: "271004")).Sha256Hex);
    }

    [Fact]
    public void CanonicalBytesReadBackAreAccepted()
    {
        var document = CanonicalDocument.Create(Content());

        Assert.Equal(document.Sha256Hex, CanonicalDocument.FromCanonicalBytes(document.ToArray()).Sha256Hex);
    }

    [Fact]
    public void BytesThatAreNotCanonicalAreRefused()
    {
        Assert.Throws<CanonicalizationException>(() => CanonicalDocument.FromCanonicalBytes(Encoding.UTF8.GetBytes("{\"b\":1,\"a\":2}")));
    }
}
