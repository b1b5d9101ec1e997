using System.Net;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>
/// The external API is counted per site: over its budget a site is answered 429 with Retry-After, another site is not
/// affected, and once the window has passed the first site is answered again. The window is 2 seconds here, so the
/// wait is real but short; the limiter keeps real time, not the test clock.
/// </summary>
public sealed class ExternalInformationRateLimitTests : IAsyncLifetime
{
    private const int Budget = 2;

    private readonly SiteTokensFixture _fixture = new(new Dictionary<string, string?>
    {
        ["RateLimits:GetExternalInformation:ClientPermitLimit"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:GetExternalInformation:Window"] = "00:00:02",
    });

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task ASiteOverItsBudgetIs429WithRetryAfterWhileAnotherSiteIsAnsweredAndAfterTheWindowItIsAnsweredAgain()
    {
        var (resident, _) = await _fixture.ResidentAsync();
        var (siteA, siteB) = (new SiteCalls(_fixture), new SiteCalls(_fixture));
        var tokenA = (await siteA.TokensAsync(await _fixture.CodeAsync(resident))).GetProperty("access_token").GetString()!;
        var tokenB = (await siteB.TokensAsync(
            await _fixture.CodeAsync(resident, SiteTokensFixture.OtherSiteId, SiteTokensFixture.OtherRedirectUri),
            SiteTokensFixture.OtherSiteId, SiteTokensFixture.OtherRedirectUri)).GetProperty("access_token").GetString()!;

        var answered = new List<HttpResponseMessage>();
        for (var i = 0; i < Budget; i++)
        {
            answered.Add(await siteA.InformationAsync(tokenA));
        }
        var refused = await siteA.InformationAsync(tokenA);
        var other = new List<HttpResponseMessage>();
        for (var i = 0; i < Budget; i++)
        {
            other.Add(await siteB.InformationAsync(tokenB));
        }

        Assert.All(answered, r => AccountsApi.Expect(r, 200));
        AccountsApi.Expect(refused, 429);
        Assert.Equal("rate-limited", await AccountsApi.ProblemTypeAsync(refused));
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter.TotalSeconds, 1, 2);
        Assert.All(other, r => AccountsApi.Expect(r, 200));

        await Task.Delay(retryAfter);
        Assert.Equal(HttpStatusCode.OK, await AnsweredAgainAsync(siteA, tokenA));
    }

    /// <summary>
    /// The limiter refills a window on its own timer, a moment after the window ends: asked a few times, 200 ms apart,
    /// until it is not 429 (each 429 is refused before anything is read, so asking again costs nothing).
    /// </summary>
    private static async Task<HttpStatusCode> AnsweredAgainAsync(SiteCalls site, string token)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await site.InformationAsync(token);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 5)
            {
                return response.StatusCode;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
