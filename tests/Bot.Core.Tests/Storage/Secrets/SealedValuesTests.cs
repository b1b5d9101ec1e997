using System.Buffers.Text;
using System.Security.Cryptography;
using Bot.Core.Storage.Secrets;

namespace Bot.Core.Tests.Storage.Secrets;

/// <summary>A sealed value opens only with a key of the ring, in the document and field it was sealed for, unaltered.</summary>
public sealed class SealedValuesTests
{
    private const string Conversation = "webchat:alice";
    private const string Field = "portalSession.accessToken";
    private const string Secret = "eyJhbGciOiJFUzI1NiJ9.access-token.signature";

    private static string NewKey(string keyId) => $"{keyId}:{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}";

    private static SealedValues Values(string ring) => new(StateKeyRing.Parse(ring));

    [Fact]
    public void ASealedValueOpensToTheSameTextAndCarriesNeitherItNorTheKeyInClear()
    {
        var ring = NewKey("k1");
        var values = Values(ring);

        var sealedValue = values.Seal(Secret, Conversation, Field);

        Assert.StartsWith("enc1.k1.", sealedValue, StringComparison.Ordinal);
        Assert.DoesNotContain("access-token", sealedValue, StringComparison.Ordinal);
        Assert.DoesNotContain(ring.Split(':')[1], sealedValue, StringComparison.Ordinal);
        Assert.True(values.TryOpen(sealedValue, Conversation, Field, out var opened));
        Assert.Equal(Secret, opened);
    }

    [Fact]
    public void AnEmptyOrNonAsciiValueRoundTrips()
    {
        var values = Values(NewKey("k1"));

        Assert.True(values.TryOpen(values.Seal("", Conversation, Field), Conversation, Field, out var empty));
        Assert.True(values.TryOpen(values.Seal("ログイン🔑", Conversation, Field), Conversation, Field, out var japanese));
        Assert.Equal("", empty);
        Assert.Equal("ログイン🔑", japanese);
    }

    [Theory]
    [InlineData("webchat:mallory", Field)]
    [InlineData(Conversation, "portalSession.refreshToken")]
    [InlineData(Conversation, "pendingLogin.deviceCode")]
    public void AValueDoesNotOpenInAnotherConversationOrField(string documentId, string field)
    {
        var values = Values(NewKey("k1"));
        var sealedValue = values.Seal(Secret, Conversation, Field);

        Assert.False(values.TryOpen(sealedValue, documentId, field, out var opened));
        Assert.Null(opened);
    }

    [Fact]
    public void ChangingAnyByteOfTheSealedValueMakesItNotOpen()
    {
        var values = Values(NewKey("k1"));
        var sealedValue = values.Seal("device-code-123", Conversation, Field);
        var payload = Base64Url.DecodeFromChars(sealedValue.AsSpan("enc1.k1.".Length));

        for (var i = 0; i < payload.Length; i++)
        {
            var altered = (byte[])payload.Clone();
            altered[i] ^= 0x01;
            Assert.False(values.TryOpen($"enc1.k1.{Base64Url.EncodeToString(altered)}", Conversation, Field, out _), $"byte {i}");
        }
        Assert.False(values.TryOpen($"enc1.k1.{Base64Url.EncodeToString(payload[..^1])}", Conversation, Field, out _));
        Assert.False(values.TryOpen(sealedValue.Replace("enc1.", "enc2.", StringComparison.Ordinal), Conversation, Field, out _));
    }

    [Fact]
    public void AValueSealedUnderAKeyTheRingDoesNotHoldDoesNotOpen()
    {
        var other = Values(NewKey("k9"));
        var values = Values(NewKey("k1"));
        var sealedValue = other.Seal(Secret, Conversation, Field);

        Assert.False(values.TryOpen(sealedValue, Conversation, Field, out _));
        // Renaming the kid to one the ring holds does not help: the kid is authenticated and the key differs.
        Assert.False(values.TryOpen(sealedValue.Replace("enc1.k9.", "enc1.k1.", StringComparison.Ordinal), Conversation, Field, out _));
    }

    [Theory]
    [InlineData("eyJhbGciOiJFUzI1NiJ9.access-token.signature")]
    [InlineData("enc1.k1")]
    [InlineData("enc1.k1.")]
    [InlineData("enc1..AAAA")]
    [InlineData("enc1.k1.not base64!")]
    [InlineData("")]
    [InlineData(null)]
    public void AValueStoredInClearOrMalformedDoesNotOpen(string? stored)
    {
        Assert.False(Values(NewKey("k1")).TryOpen(stored, Conversation, Field, out _));
    }

    [Fact]
    public void AfterARotationTheOldKeyStillOpensAndNewValuesUseTheNewKey()
    {
        var old = NewKey("2025");
        var before = Values(old).Seal(Secret, Conversation, Field);
        var rotated = Values($"{NewKey("2026")},{old}");

        var after = rotated.Seal(Secret, Conversation, Field);

        Assert.True(rotated.TryOpen(before, Conversation, Field, out var opened));
        Assert.Equal(Secret, opened);
        Assert.StartsWith("enc1.2026.", after, StringComparison.Ordinal);
        Assert.True(rotated.TryOpen(after, Conversation, Field, out _));
        Assert.False(Values(old).TryOpen(after, Conversation, Field, out _));
    }

    [Fact]
    public void TwoSealsOfTheSameValueDiffer()
    {
        var values = Values(NewKey("k1"));

        Assert.NotEqual(values.Seal(Secret, Conversation, Field), values.Seal(Secret, Conversation, Field));
    }
}
