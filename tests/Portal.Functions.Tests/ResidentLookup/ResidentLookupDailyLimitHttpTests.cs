using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Exchanges;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;
using Portal.Functions.Tests.Information;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.ResidentLookup;

/// <summary>
/// Lookups are counted per agency client and Japan day in a durable counter, misses included: over the day's limit the
/// next is 429 until midnight in Japan and looks nothing up, another agency is still answered, the next day is new.
/// </summary>
public sealed class ResidentLookupDailyLimitHttpTests : IAsyncLifetime
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private readonly IdentityPki _pki = new();
    private AccountsApi _api = null!;

    public async Task InitializeAsync() => _api = await AccountsApi.StartAsync(_pki, new Dictionary<string, string?>
    {
        ["ResidentLookup:PerDayLimit"] = "2",
        ["RateLimits:Enabled"] = "false",
    });

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _pki.Dispose();
    }

    private Task<HttpResponseMessage> LookUpAsync(string agencyToken, object items) =>
        _api.SendAsync(HttpMethod.Post, "/api/agency/residents/lookup", agencyToken, items);

    private async Task<List<JsonElement>> HistoryAsync(string token)
    {
        await QueueDrain.UntilEmptyAsync(
            _api.Host.Services.GetRequiredService<StorageAccount>().Queue(_api.Host.Services.GetRequiredService<ExchangeOutbox>().QueueName),
            TimeSpan.FromSeconds(60));
        return [.. (await AccountsApi.ExpectAsync(await _api.SendAsync(HttpMethod.Get, "/api/me/exchanges", token), 200))
            .GetProperty("items").EnumerateArray()];
    }

    [Fact]
    public async Task TheThirdLookupOfTheDayIs429UntilMidnightInJapanForThatAgencyOnlyAndTheNextDayIsAnsweredAgain()
    {
        var seeds = new InformationSeeds(_api);
        var card = ProfileReading.Card with { Name = "上限 " + string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))) };
        var (resident, residentToken) = await seeds.ResidentAsync();
        await ProfileReading.ReadAsync(_api, residentToken, card);
        AccountsApi.Expect(await _api.SendAsync(HttpMethod.Put, "/api/me/profile/lookup-consent", residentToken, new { allowed = true }), 200);
        var items = new { name = card.Name, address = card.Address, dateOfBirth = card.DateOfBirth, sex = card.Sex };
        var nobody = items with { name = "該当 なし" };
        var chiyoda = await seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var minato = await seeds.AgencyAsync(InformationSeeds.Minato, "港区");

        // Two misses use the day up: a sweep by guessed items pays for every guess.
        var misses = new[] { await LookUpAsync(chiyoda, nobody), await LookUpAsync(chiyoda, nobody) };
        var now = _api.Clock.Now;
        var midnight = new DateTimeOffset(now.ToOffset(Jst).Date.AddDays(1), Jst);
        var refused = await LookUpAsync(chiyoda, items);
        var other = await LookUpAsync(minato, items);
        var seenThatDay = await HistoryAsync(residentToken);
        _api.Clock.Now = midnight.AddSeconds(1);
        var nextDay = await LookUpAsync(await seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区"), items);

        Assert.All(misses, r => AccountsApi.Expect(r, 404));
        var problem = await AccountsApi.ExpectAsync(refused, 429);
        Assert.Equal("https://portal.example/problems/resident-lookup-daily-limit", problem.GetProperty("type").GetString());
        Assert.Equal(2, problem.GetProperty("limit").GetInt32());
        Assert.Equal(Math.Ceiling((midnight - now).TotalSeconds), refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
        AccountsApi.Expect(other, 200);
        // Nothing was looked up for the refused agency: the resident sees only the other agency's lookup.
        Assert.Equal(["131032"], seenThatDay.Select(e => e.GetProperty("requester").GetProperty("body").GetString()));
        Assert.Equal(await seeds.RefAsync(InformationSeeds.Chiyoda, resident),
            (await AccountsApi.ExpectAsync(nextDay, 200)).GetProperty("residentRef").GetString());
    }
}
