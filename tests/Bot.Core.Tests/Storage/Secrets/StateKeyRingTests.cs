using System.Security.Cryptography;
using Bot.Core.Storage.Secrets;

namespace Bot.Core.Tests.Storage.Secrets;

/// <summary>The key ring's text form, and a missing or malformed one refused with a message that shows no key.</summary>
public sealed class StateKeyRingTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void TheFirstEntryIsTheCurrentKeyAndEveryEntryIsHeld()
    {
        var ring = StateKeyRing.Parse($"new:{Key},old:{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}");

        Assert.Equal("new", ring.CurrentId);
        Assert.True(ring.TryGet("old", out _));
        Assert.False(ring.TryGet("other", out _));
    }

    [Fact]
    public void EntriesMaySitOnLinesOfAFile()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, $"local:{Key}\n");

            Assert.Equal("local", StateKeyRing.From(new StateKeyOptions { StateKeyFile = file }).CurrentId);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ,  ")]
    [InlineData("nokid")]
    [InlineData("bad.kid:KEY")]
    [InlineData("short:AAAA")]
    [InlineData("k1:KEY,k1:KEY")]
    [InlineData("k1:not-base64")]
    public void AMalformedRingIsRefusedWithoutShowingAKey(string text)
    {
        var e = Assert.Throws<StateKeyException>(() => StateKeyRing.Parse(text.Replace("KEY", Key, StringComparison.Ordinal)));

        Assert.DoesNotContain(Key, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoKeyConfiguredIsRefusedNamingBothSettings()
    {
        var result = new StateKeyOptionsValidator().Validate(null, new StateKeyOptions());

        Assert.True(result.Failed);
        Assert.Contains("Bot:StateKeys", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Bot:StateKeyFile", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingKeyFileIsRefused()
    {
        var result = new StateKeyOptionsValidator().Validate(null, new StateKeyOptions { StateKeyFile = "/nonexistent/bot-state-key" });

        Assert.True(result.Failed);
    }
}
