using System.Text;
using Portal.Contracts.CardRequests;

namespace Portal.Domain.Tests.Identity.CardRequests;

public sealed class CardChallengeTests
{
    private static readonly DateTimeOffset Expires = new(2026, 11, 27, 1, 2, 3, TimeSpan.FromHours(9));

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA", "https://portal.example", "bm9uY2U",
        "mynaportal-card-request/1\npurpose=login\nrequest=AAAAAAAAAAAAAAAAAAAAAA\naudience=https://portal.example\nnonce=bm9uY2U\nexpires=2026-11-26T16:02:03Z\n")]
    [InlineData("x-_y", "aud=with=equals", "n",
        "mynaportal-card-request/1\npurpose=login\nrequest=x-_y\naudience=aud=with=equals\nnonce=n\nexpires=2026-11-26T16:02:03Z\n")]
    [InlineData("id", "ポータル", "n",
        "mynaportal-card-request/1\npurpose=login\nrequest=id\naudience=ポータル\nnonce=n\nexpires=2026-11-26T16:02:03Z\n")]
    public void TheChallengeIsTheDocumentedLinesInUtf8(string request, string audience, string nonce, string expected)
    {
        var bytes = new CardChallenge("login", request, audience, nonce, Expires).ToBytes();

        Assert.Equal(Encoding.UTF8.GetBytes(expected), bytes);
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Theory]
    [InlineData("id\nnonce=forged", "aud", "n")]
    [InlineData("id", "aud\r", "n")]
    [InlineData("id", "aud", "n\u0000")]
    [InlineData("", "aud", "n")]
    [InlineData("id", "", "n")]
    [InlineData("id", "aud", "")]
    public void AValueThatIsEmptyOrHoldsAControlCharacterIsRefused(string request, string audience, string nonce)
    {
        Assert.Throws<ArgumentException>(() => new CardChallenge("login", request, audience, nonce, Expires).ToBytes());
    }

    [Fact]
    public void WhatIsWrittenParsesBackToTheSameChallenge()
    {
        var challenge = new CardChallenge("sign", "AAAAAAAAAAAAAAAAAAAAAA", "https://portal.example", "bm9uY2U", Expires.ToUniversalTime());

        Assert.True(CardChallenge.TryParse(challenge.ToBytes(), out var parsed));
        Assert.Equal(challenge, parsed);
    }

    [Theory]
    [InlineData("mynaportal-card-request/2\npurpose=login\nrequest=r\naudience=a\nnonce=n\nexpires=2026-11-26T16:02:03Z\n")]
    [InlineData("mynaportal-card-request/1\nrequest=r\npurpose=login\naudience=a\nnonce=n\nexpires=2026-11-26T16:02:03Z\n")]
    [InlineData("mynaportal-card-request/1\npurpose=login\nrequest=r\naudience=a\nnonce=n\nexpires=2026-11-26T16:02:03Z")]
    [InlineData("mynaportal-card-request/1\npurpose=login\nrequest=r\naudience=a\nnonce=n\nexpires=tomorrow\n")]
    [InlineData("mynaportal-card-request/1\npurpose=login\nrequest=r\naudience=a\nnonce=n\nexpires=2026-11-26T16:02:03Z\nextra=x\n")]
    [InlineData("mynaportal-card-request/1\npurpose=login\nrequest=\naudience=a\nnonce=n\nexpires=2026-11-26T16:02:03Z\n")]
    [InlineData("\u0030\u0082 DER, not text")]
    public void AnythingButExactlyThisFormatDoesNotParse(string text)
    {
        Assert.False(CardChallenge.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void EveryBoundFieldChangesTheBytes()
    {
        var baseline = new CardChallenge("login", "id", "aud", "n", Expires).ToBytes();

        Assert.NotEqual(baseline, new CardChallenge("login", "id2", "aud", "n", Expires).ToBytes());
        Assert.NotEqual(baseline, new CardChallenge("login", "id", "aud2", "n", Expires).ToBytes());
        Assert.NotEqual(baseline, new CardChallenge("login", "id", "aud", "n2", Expires).ToBytes());
        Assert.NotEqual(baseline, new CardChallenge("login", "id", "aud", "n", Expires.AddSeconds(1)).ToBytes());
    }
}
