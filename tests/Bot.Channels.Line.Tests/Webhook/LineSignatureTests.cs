using System.Text;
using Bot.Channels.Line.Webhook;

namespace Bot.Channels.Line.Tests.Webhook;

public sealed class LineSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"destination":"U0","events":[]}""");

    // Computed independently: printf '%s' "$body" | openssl dgst -sha256 -hmac test-channel-secret -binary | base64
    private const string OpenSslSignature = "gQe1nlhCYUjCASVA8bc80PkuRrptjwZp4BwaK3x1fFw=";

    [Fact]
    public void ASignatureComputedByOpenSslIsAccepted()
    {
        Assert.True(new LineSignature("test-channel-secret").IsValid(Body, OpenSslSignature));
        Assert.Equal(OpenSslSignature, LineSignature.Sign("test-channel-secret", Body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("gQe1nlhCYUjCASVA8bc80Pku")]
    [InlineData("gQe1nlhCYUjCASVA8bc80PkuRrptjwZp4BwaK3x1fFwAAAA=")]
    [InlineData("hQe1nlhCYUjCASVA8bc80PkuRrptjwZp4BwaK3x1fFw=")]
    public void AMissingMalformedOrWrongSignatureIsRefused(string? header) =>
        Assert.False(new LineSignature("test-channel-secret").IsValid(Body, header));

    [Fact]
    public void ASignatureMadeWithAnotherSecretIsRefused() =>
        Assert.False(new LineSignature("test-channel-secret").IsValid(Body, LineSignature.Sign("another-secret", Body)));

    [Fact]
    public void AChangedBodyNoLongerMatchesItsSignature()
    {
        var changed = Encoding.UTF8.GetBytes("""{"destination":"U1","events":[]}""");
        Assert.False(new LineSignature("test-channel-secret").IsValid(changed, OpenSslSignature));
    }

    [Fact]
    public void AChannelWithoutASecretRefusesToStart() =>
        Assert.Throws<InvalidOperationException>(() => new LineSignature(""));
}
