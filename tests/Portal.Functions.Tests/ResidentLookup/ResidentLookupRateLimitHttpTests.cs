using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;
using Portal.Functions.Tests.Information;

namespace Portal.Functions.Tests.ResidentLookup;

/// <summary>Lookups are counted per agency client: over the limit the next is 429 with Retry-After, for that client only.</summary>
public sealed class ResidentLookupRateLimitHttpTests : IAsyncLifetime
{
    private readonly IdentityPki _pki = new();
    private AccountsApi _api = null!;

    public async Task InitializeAsync() =>
        _api = await AccountsApi.StartAsync(_pki, new Dictionary<string, string?> { ["RateLimits:LookUpResident:ClientPermitLimit"] = "2" });

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _pki.Dispose();
    }

    [Fact]
    public async Task AThirdLookupInAMinuteIs429WithRetryAfterWhileAnotherAgencyIsStillAnswered()
    {
        var seeds = new InformationSeeds(_api);
        var chiyoda = await seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var minato = await seeds.AgencyAsync(InformationSeeds.Minato, "港区");
        var items = new { name = "照会 上限", address = "東京都千代田区霞が関2-1-2", dateOfBirth = "1990-04-01", sex = "1" };

        var answered = new List<HttpResponseMessage>();
        for (var i = 0; i < 2; i++)
        {
            answered.Add(await _api.SendAsync(HttpMethod.Post, "/api/agency/residents/lookup", chiyoda, items));
        }
        var refused = await _api.SendAsync(HttpMethod.Post, "/api/agency/residents/lookup", chiyoda, items);
        var other = await _api.SendAsync(HttpMethod.Post, "/api/agency/residents/lookup", minato, items);

        Assert.All(answered, r => AccountsApi.Expect(r, 404));
        AccountsApi.Expect(refused, 429);
        Assert.Equal("rate-limited", await AccountsApi.ProblemTypeAsync(refused));
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        AccountsApi.Expect(other, 404);
    }
}
