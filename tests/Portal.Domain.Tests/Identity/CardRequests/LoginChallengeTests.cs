using System.Text;
using Portal.Domain.Identity.CardRequests;

namespace Portal.Domain.Tests.Identity.CardRequests;

public sealed class LoginChallengeTests
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
        var bytes = LoginChallenge.Create(request, audience, nonce, Expires);

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
        Assert.Throws<ArgumentException>(() => LoginChallenge.Create(request, audience, nonce, Expires));
    }

    [Fact]
    public void EveryBoundFieldChangesTheBytes()
    {
        var baseline = LoginChallenge.Create("id", "aud", "n", Expires);

        Assert.NotEqual(baseline, LoginChallenge.Create("id2", "aud", "n", Expires));
        Assert.NotEqual(baseline, LoginChallenge.Create("id", "aud2", "n", Expires));
        Assert.NotEqual(baseline, LoginChallenge.Create("id", "aud", "n2", Expires));
        Assert.NotEqual(baseline, LoginChallenge.Create("id", "aud", "n", Expires.AddSeconds(1)));
    }
}
