using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.CardRequests;
using Portal.Domain.Exchanges;
using Portal.Domain.Residents.Lookup;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Information;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.ResidentLookup;

/// <summary>
/// 本人確認情報の照会 over HTTP: an agency finds a resident by the basic 4 items only when exactly one resident who
/// allows it matches; none, several and not consenting are one 404; each match is in the resident's やりとり履歴.
/// </summary>
public sealed class ResidentLookupHttpTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    private InformationSeeds Seeds => new(fixture.Api);

    private AccountsApi Api => fixture.Api;

    private Task WrittenAsync() => QueueDrain.UntilEmptyAsync(
        Api.Host.Services.GetRequiredService<StorageAccount>().Queue(Api.Host.Services.GetRequiredService<ExchangeOutbox>().QueueName),
        TimeSpan.FromSeconds(60));

    /// <summary>Items nobody else in the shared database has: a name of letters only (digits could look like an individual number).</summary>
    private static PrefillSubmission UniqueCard() => ProfileReading.Card with
    {
        Name = "試験 " + string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))),
    };

    private static object ItemsOf(PrefillSubmission card) => new { name = card.Name, address = card.Address, dateOfBirth = card.DateOfBirth, sex = card.Sex };

    private Task<HttpResponseMessage> LookUpAsync(string agencyToken, object items) =>
        Api.SendAsync(HttpMethod.Post, "/api/agency/residents/lookup", agencyToken, items);

    private Task<HttpResponseMessage> ConsentAsync(string token, bool allowed) =>
        Api.SendAsync(HttpMethod.Put, "/api/me/profile/lookup-consent", token, new { allowed });

    private async Task<(string AccountId, string Token)> ResidentAsync(PrefillSubmission card, bool consenting = true)
    {
        var (accountId, token) = await Seeds.ResidentAsync();
        await ProfileReading.ReadAsync(Api, token, card);
        if (consenting)
        {
            AccountsApi.Expect(await ConsentAsync(token, true), 200);
        }
        return (accountId, token);
    }

    private async Task<List<JsonElement>> HistoryAsync(string token) =>
        [.. (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/exchanges", token), 200))
            .GetProperty("items").EnumerateArray()];

    private async Task AssertNotFoundAsync(HttpResponseMessage response)
    {
        AccountsApi.Expect(response, 404);
        Assert.Equal("resident-lookup-not-found", await AccountsApi.ProblemTypeAsync(response));
    }

    [Fact]
    public async Task AConsentingResidentIsFoundAsTypedDifferentlyAndEachAgencyGetsTheRefItGetsElsewhere()
    {
        var card = UniqueCard();
        var (resident, residentToken) = await ResidentAsync(card);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var minato = await Seeds.AgencyAsync(InformationSeeds.Minato, "港区");

        // Full-width space and letters, full-width digits and dash: folded as search folds them.
        var typed = new
        {
            name = card.Name.Replace(" ", "　", StringComparison.Ordinal).ToUpperInvariant(),
            address = "東京都千代田区霞が関２－１－２", dateOfBirth = card.DateOfBirth, sex = card.Sex,
        };
        var byChiyoda = await LookUpAsync(chiyoda, typed);
        var byMinato = await LookUpAsync(minato, ItemsOf(card));
        var chiyodaRef = (await AccountsApi.ExpectAsync(byChiyoda, 200)).GetProperty("residentRef").GetString();
        var minatoRef = (await AccountsApi.ExpectAsync(byMinato, 200)).GetProperty("residentRef").GetString();
        await WrittenAsync();

        Assert.Equal("no-store", byChiyoda.Headers.CacheControl?.ToString());
        Assert.Equal(await Seeds.RefAsync(InformationSeeds.Chiyoda, resident), chiyodaRef);
        Assert.Equal(await Seeds.RefAsync(InformationSeeds.Minato, resident), minatoRef);
        Assert.NotEqual(chiyodaRef, minatoRef);
        var seen = await HistoryAsync(residentToken);
        Assert.Equal(2, seen.Count);
        Assert.All(seen, e =>
        {
            Assert.Equal(("lookup", "provided"), (e.GetProperty("kind").GetString(), e.GetProperty("outcome").GetString()));
            Assert.True(!e.TryGetProperty("provider", out var provider) || provider.ValueKind == JsonValueKind.Null);
        });
        Assert.Equal(["131016", "131032"], seen.Select(e => e.GetProperty("requester").GetProperty("body").GetString()).Order());
        var logged = (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/agency/exchanges?limit=100", chiyoda), 200))
            .GetProperty("items").EnumerateArray();
        Assert.Contains(logged, e => e.GetProperty("residentRef").GetString() == chiyodaRef && e.GetProperty("kind").GetString() == "lookup");
    }

    [Fact]
    public async Task TwoConsentingResidentsWithTheSameItemsAre404UntilOneWithdraws()
    {
        var card = UniqueCard();
        var (first, _) = await ResidentAsync(card);
        var (_, secondToken) = await ResidentAsync(card);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");

        var both = await LookUpAsync(chiyoda, ItemsOf(card));
        AccountsApi.Expect(await ConsentAsync(secondToken, false), 200);
        var one = await LookUpAsync(chiyoda, ItemsOf(card));

        await AssertNotFoundAsync(both);
        Assert.Equal(await Seeds.RefAsync(InformationSeeds.Chiyoda, first),
            (await AccountsApi.ExpectAsync(one, 200)).GetProperty("residentRef").GetString());
    }

    [Fact]
    public async Task AResidentWhoNeverAllowedItIsNotFoundAndSeesNoLookup()
    {
        var card = UniqueCard();
        var (_, token) = await ResidentAsync(card, consenting: false);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");

        var consent = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/profile/lookup-consent", token), 200);
        var response = await LookUpAsync(chiyoda, ItemsOf(card));
        await WrittenAsync();

        Assert.False(consent.GetProperty("allowed").GetBoolean());
        Assert.True(consent.GetProperty("hasProfile").GetBoolean());
        await AssertNotFoundAsync(response);
        Assert.Empty(await HistoryAsync(token));
    }

    [Fact]
    public async Task AWithdrawnConsentIsNotFoundAndBothChangesAreInTheOperationHistory()
    {
        var card = UniqueCard();
        var (_, token) = await ResidentAsync(card);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        AccountsApi.Expect(await LookUpAsync(chiyoda, ItemsOf(card)), 200);

        var withdrawn = await AccountsApi.ExpectAsync(await ConsentAsync(token, false), 200);
        var response = await LookUpAsync(chiyoda, ItemsOf(card));
        var operations = await (await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token)).Content.ReadAsStringAsync();

        Assert.False(withdrawn.GetProperty("allowed").GetBoolean());
        await AssertNotFoundAsync(response);
        Assert.Equal(2, operations.Split("account.profile.lookup-consent").Length - 1);
        Assert.DoesNotContain(card.Name, operations, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReReadProfileIsFoundByItsNewItemsOnlyAndADeletedOneByNone()
    {
        var card = UniqueCard();
        var moved = card with { Address = "東京都港区芝公園1-5-25" };
        var (_, token) = await ResidentAsync(card);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");

        await ProfileReading.ReadAsync(Api, token, moved);
        var byOld = await LookUpAsync(chiyoda, ItemsOf(card));
        var byNew = await LookUpAsync(chiyoda, ItemsOf(moved));
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me/profile", token), 204);
        var afterDelete = await LookUpAsync(chiyoda, ItemsOf(moved));

        await AssertNotFoundAsync(byOld);
        AccountsApi.Expect(byNew, 200);
        await AssertNotFoundAsync(afterDelete);
    }

    [Fact]
    public async Task ADeletedAccountIsNotFoundAndLeavesNothingInTheIndex()
    {
        var card = UniqueCard();
        var (_, token) = await ResidentAsync(card);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var key = Api.Host.Services.GetRequiredService<LookupKeys>().Of(card.Name, card.Address, DateOnly.Parse(card.DateOfBirth, CultureInfo.InvariantCulture), card.Sex);
        var index = Api.Host.Services.GetRequiredService<LookupIndex>();
        var before = await index.FindAsync(key, CancellationToken.None);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me", token), 200);
        var response = await LookUpAsync(chiyoda, ItemsOf(card));

        Assert.Single(before);
        await AssertNotFoundAsync(response);
        Assert.Empty(await index.FindAsync(key, CancellationToken.None));
    }

    public static TheoryData<string, string[]> PartialItems => new()
    {
        { """{"address":"A","dateOfBirth":"1990-04-01","sex":"2"}""", ["name"] },
        { """{"name":"N","dateOfBirth":"1990-04-01","sex":"2"}""", ["address"] },
        { """{"name":"N","address":"A","sex":"2"}""", ["dateOfBirth"] },
        { """{"name":"N","address":"A","dateOfBirth":"1990-04-01"}""", ["sex"] },
        { """{"name":"N","address":"A","dateOfBirth":"1990-02-30","sex":"2"}""", ["dateOfBirth"] },
        { """{"name":" ","address":"A","dateOfBirth":"1990-04-01","sex":"male"}""", ["name", "sex"] },
        { "{}", ["name", "address", "dateOfBirth", "sex"] },
    };

    [Theory]
    [MemberData(nameof(PartialItems))]
    public async Task PartialOrMalformedItemsAre400NamingTheFieldsAndRecordNothing(string body, string[] fields)
    {
        var card = UniqueCard();
        var (_, token) = await ResidentAsync(card);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var json = body.Replace("\"N\"", JsonSerializer.Serialize(card.Name), StringComparison.Ordinal)
            .Replace("\"A\"", JsonSerializer.Serialize(card.Address), StringComparison.Ordinal);

        var response = await LookUpAsync(chiyoda, JsonSerializer.Deserialize<JsonElement>(json));
        await WrittenAsync();

        var problem = await AccountsApi.ExpectAsync(response, 400);
        Assert.Equal("invalid-input", await AccountsApi.ProblemTypeAsync(response));
        Assert.Equal(fields.Order(StringComparer.Ordinal),
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()!).Order(StringComparer.Ordinal));
        Assert.Empty(await HistoryAsync(token));
    }
}
