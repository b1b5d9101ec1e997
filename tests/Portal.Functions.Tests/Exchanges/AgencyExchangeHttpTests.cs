using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Exchanges;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Information;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.Exchanges;

/// <summary>
/// 情報照会・提供 between agencies over HTTP: an allowed purpose answers what other bodies hold and is recorded on both
/// sides and in the resident's history; a forbidden one is refused and recorded as refused; bad input records nothing.
/// </summary>
public sealed class AgencyExchangeHttpTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    private const string Purpose = "child-allowance-eligibility";

    private InformationSeeds Seeds => new(fixture.Api);

    private AccountsApi Api => fixture.Api;

    private Task WrittenAsync() => QueueDrain.UntilEmptyAsync(
        Api.Host.Services.GetRequiredService<StorageAccount>().Queue(Api.Host.Services.GetRequiredService<ExchangeOutbox>().QueueName),
        TimeSpan.FromSeconds(60));

    private Task<HttpResponseMessage> AskAsync(string token, object body) => Api.SendAsync(HttpMethod.Post, "/api/agency/exchanges", token, body);

    private async Task<List<JsonElement>> LogAsync(string token) =>
        [.. (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/agency/exchanges?limit=100", token), 200))
            .GetProperty("items").EnumerateArray()];

    private async Task<List<JsonElement>> HistoryAsync(string token) =>
        [.. (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/exchanges", token), 200))
            .GetProperty("items").EnumerateArray()];

    private async Task<(string Resident, string ResidentToken, string ChiyodaRef, string MinatoRef, string Chiyoda, string Minato)> SeededAsync(object record)
    {
        var (resident, residentToken) = await Seeds.ResidentAsync();
        var chiyodaRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var minatoRef = await Seeds.RefAsync(InformationSeeds.Minato, resident);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var minato = await Seeds.AgencyAsync(InformationSeeds.Minato, "港区");
        AccountsApi.Expect(await Seeds.PutAsync(minato, minatoRef, "tax-income", "tax-2025", record), 201);
        return (resident, residentToken, chiyodaRef, minatoRef, chiyoda, minato);
    }

    [Fact]
    public async Task AnAllowedPurposeAnswersTheOtherBodysRecordsAndIsRecordedOnBothSidesAndInTheResidentsHistory()
    {
        var (resident, residentToken, chiyodaRef, minatoRef, chiyoda, minato) = await SeededAsync(InformationSeeds.Tax(2025, 3_000_000));

        var response = await AskAsync(chiyoda, new { residentRef = chiyodaRef, category = "tax-income", purpose = Purpose, asOf = "2025-07-01" });
        var answer = await AccountsApi.ExpectAsync(response, 200);
        await WrittenAsync();

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("児童手当法による児童手当の認定に関する事務", answer.GetProperty("purposeName").GetString());
        var provider = Assert.Single(answer.GetProperty("providers").EnumerateArray());
        Assert.Equal(("131032", "港区"), (provider.GetProperty("provider").GetProperty("body").GetString(), provider.GetProperty("provider").GetProperty("name").GetString()));
        Assert.Equal(3_000_000, Assert.Single(provider.GetProperty("records").EnumerateArray()).GetProperty("data").GetProperty("totalIncome").GetInt32());
        var asked = Assert.Single(await LogAsync(chiyoda), e => e.GetProperty("residentRef").GetString() == chiyodaRef);
        var answered = Assert.Single(await LogAsync(minato), e => e.GetProperty("residentRef").GetString() == minatoRef);
        Assert.Equal(("requester", "provided"), (asked.GetProperty("side").GetString(), asked.GetProperty("outcome").GetString()));
        Assert.Equal(("provider", asked.GetProperty("exchangeId").GetString()), (answered.GetProperty("side").GetString(), answered.GetProperty("exchangeId").GetString()));
        var seen = Assert.Single(await HistoryAsync(residentToken));
        Assert.Equal(("exchange", "131016", "131032", "tax-income", Purpose, false),
            (seen.GetProperty("kind").GetString(), seen.GetProperty("requester").GetProperty("body").GetString(),
             seen.GetProperty("provider").GetProperty("body").GetString(), seen.GetProperty("category").GetString(),
             seen.GetProperty("purpose").GetString(), seen.GetProperty("withheld").GetBoolean()));
        // 情報の項目 and 事務 as a resident reads them, not as codes.
        Assert.Equal(("税・所得", "児童手当法による児童手当の認定に関する事務"),
            (seen.GetProperty("categoryName").GetString(), seen.GetProperty("purposeName").GetString()));
        Assert.DoesNotContain(resident, asked.GetRawText() + answered.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWithheldRecordIsAnsweredAsNotDisclosedWithoutContentAndTheResidentSeesThat()
    {
        var (_, residentToken, chiyodaRef, _, chiyoda, _) = await SeededAsync(new { validFrom = "2025-06-01", withheld = true });

        var answer = await AccountsApi.ExpectAsync(await AskAsync(chiyoda, new { residentRef = chiyodaRef, category = "tax-income", purpose = Purpose, asOf = "2025-07-01" }), 200);
        await WrittenAsync();

        var record = Assert.Single(Assert.Single(answer.GetProperty("providers").EnumerateArray()).GetProperty("records").EnumerateArray());
        Assert.True(record.GetProperty("withheld").GetBoolean());
        Assert.True(!record.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null);
        Assert.True(Assert.Single(await HistoryAsync(residentToken)).GetProperty("withheld").GetBoolean());
    }

    [Fact]
    public async Task APurposeOutsideTheTableIsRefusedWith403AndRecordedAsRefusedForTheResidentAndTheRequester()
    {
        var (_, residentToken, chiyodaRef, minatoRef, chiyoda, minato) = await SeededAsync(InformationSeeds.Tax(2025, 3_000_000));

        var response = await AskAsync(chiyoda, new { residentRef = chiyodaRef, category = "tax-income", purpose = "curiosity" });
        await WrittenAsync();

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Equal("exchange-purpose-not-allowed", await AccountsApi.ProblemTypeAsync(response));
        Assert.DoesNotContain("3000000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var seen = Assert.Single(await HistoryAsync(residentToken));
        Assert.Equal(("refused", "curiosity"), (seen.GetProperty("outcome").GetString(), seen.GetProperty("purpose").GetString()));
        Assert.Equal("refused", Assert.Single(await LogAsync(chiyoda), e => e.GetProperty("residentRef").GetString() == chiyodaRef).GetProperty("outcome").GetString());
        Assert.DoesNotContain(await LogAsync(minato), e => e.GetProperty("residentRef").GetString() == minatoRef);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"category":"tax-income","purpose":"child-allowance-eligibility"}""", "invalid-input" },
        { """{"residentRef":"REF","category":"tax-income"}""", "invalid-input" },
        { """{"residentRef":"REF","category":"tax-income","purpose":"child-allowance-eligibility","asOf":"2025-02-30"}""", "invalid-input" },
        { """{"residentRef":"REF","category":"no-such","purpose":"child-allowance-eligibility"}""", "information-category-not-found" },
        { """{"residentRef":"rr_AAAAAAAAAAAAAAAAAAAAAA","category":"tax-income","purpose":"child-allowance-eligibility"}""", "information-resident-unknown" },
        { """{"residentRef":"MINATO","category":"tax-income","purpose":"child-allowance-eligibility"}""", "information-resident-unknown" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadInputOrAnotherBodysRefIsAProblemAndRecordsNothing(string body, string problem)
    {
        var (_, residentToken, chiyodaRef, minatoRef, chiyoda, _) = await SeededAsync(InformationSeeds.Tax(2025, 3_000_000));
        var json = body.Replace("\"REF\"", $"\"{chiyodaRef}\"", StringComparison.Ordinal).Replace("\"MINATO\"", $"\"{minatoRef}\"", StringComparison.Ordinal);

        var response = await Api.SendAsync(HttpMethod.Post, "/api/agency/exchanges", chiyoda, JsonSerializer.Deserialize<JsonElement>(json));
        await WrittenAsync();

        Assert.InRange((int)response.StatusCode, 400, 404);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(problem, await AccountsApi.ProblemTypeAsync(response));
        Assert.Empty(await HistoryAsync(residentToken));
        Assert.DoesNotContain(await LogAsync(chiyoda), e => e.GetProperty("residentRef").GetString() == chiyodaRef);
    }
}
