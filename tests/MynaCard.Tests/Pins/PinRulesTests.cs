using System.Globalization;
using MynaCard.Pins;

namespace MynaCard.Tests.Pins;

public class PinRulesTests
{
    [Theory]
    [InlineData(PinKind.JpkiAuthentication, "1234", "1234")]
    [InlineData(PinKind.JpkiAuthentication, "0000", "0000")]
    [InlineData(PinKind.CardInput, "9876", "9876")]
    [InlineData(PinKind.JpkiSigning, "ABC123", "ABC123")]
    [InlineData(PinKind.JpkiSigning, "abc123", "ABC123")]
    [InlineData(PinKind.JpkiSigning, "123456", "123456")]
    [InlineData(PinKind.JpkiSigning, "abcdefghijklmnop", "ABCDEFGHIJKLMNOP")]
    [InlineData(PinKind.JpkiSigning, "ZZZZZZ", "ZZZZZZ")]
    public void AWellFormedPinComesBackAsTheCardExpectsIt(PinKind kind, string pin, string expected)
    {
        Assert.Equal(expected, PinRules.Normalize(kind, pin));
    }

    [Theory]
    [InlineData(PinKind.JpkiAuthentication, null, PinFormatReason.Empty)]
    [InlineData(PinKind.JpkiAuthentication, "", PinFormatReason.Empty)]
    [InlineData(PinKind.JpkiAuthentication, "123", PinFormatReason.TooShort)]
    [InlineData(PinKind.JpkiAuthentication, "12345", PinFormatReason.TooLong)]
    [InlineData(PinKind.JpkiAuthentication, "12a4", PinFormatReason.InvalidCharacter)]
    [InlineData(PinKind.JpkiAuthentication, "12 4", PinFormatReason.InvalidCharacter)]
    [InlineData(PinKind.JpkiAuthentication, "１２３４", PinFormatReason.InvalidCharacter)]
    [InlineData(PinKind.JpkiAuthentication, "١٢٣٤", PinFormatReason.InvalidCharacter)]
    [InlineData(PinKind.CardInput, "abcd", PinFormatReason.InvalidCharacter)]
    [InlineData(PinKind.CardInput, "123456", PinFormatReason.TooLong)]
    [InlineData(PinKind.JpkiSigning, "ABC12", PinFormatReason.TooShort)]
    [InlineData(PinKind.JpkiSigning, "ABCDEFGHIJKLMNOPQ", PinFormatReason.TooLong)]
    [InlineData(PinKind.JpkiSigning, "ABC-123", PinFormatReason.InvalidCharacter)]
    [InlineData(PinKind.JpkiSigning, "ABC 123", PinFormatReason.InvalidCharacter)]
    [InlineData(PinKind.JpkiSigning, "ＡＢＣ１２３", PinFormatReason.InvalidCharacter)]
    [InlineData(PinKind.JpkiSigning, "ÄBC123", PinFormatReason.InvalidCharacter)]
    public void AMalformedPinIsRefusedWithItsKindAndAReason(PinKind kind, string? pin, PinFormatReason reason)
    {
        var error = Assert.Throws<PinFormatException>(() => PinRules.Normalize(kind, pin));

        Assert.Equal((kind, reason), (error.Kind, error.Reason));
        Assert.False(PinRules.TryNormalize(kind, pin, out _, out var tried));
        Assert.Equal(reason, tried);
    }

    [Fact]
    public void TheRefusalNeverRepeatsThePin()
    {
        var error = Assert.Throws<PinFormatException>(() => PinRules.Normalize(PinKind.JpkiSigning, "SECRET-987"));

        Assert.DoesNotContain("SECRET", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("987", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpperCasingIgnoresTheCurrentCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // Under Turkish rules 'i'.ToUpper() is 'İ', which the card would never match.
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");

            Assert.Equal("PIN123", PinRules.Normalize(PinKind.JpkiSigning, "pin123"));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData(PinKind.JpkiAuthentication, 3)]
    [InlineData(PinKind.CardInput, 3)]
    [InlineData(PinKind.JpkiSigning, 5)]
    public void EachPinHasTheCardsNumberOfTries(PinKind kind, int tries)
    {
        Assert.Equal(tries, PinRules.MaxTries(kind));
    }
}
