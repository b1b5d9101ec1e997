using System.Text.Json;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Information;

/// <summary>
/// わたしの情報 as the resident reads it: valid time (a correction answers the old value before it and the new one
/// after; a range splits where records change), labels instead of keys, masked and withheld fields, and bad dates.
/// </summary>
public sealed class MyInformationHttpTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    private const string Problem = "https://portal.example/problems/";

    private InformationSeeds Seeds => new(fixture.Api);

    [Fact]
    public async Task ACorrectedAllowanceAnswersTheOldAmountBeforeTheChangeAndTheNewOneAfterAndARangeSplitsThere()
    {
        var (resident, token) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        AccountsApi.Expect(await Seeds.PutAsync(chiyoda, residentRef, "child-allowance", "ca-1", Allowance("2024-04-01", null, 10_000)), 201);
        // Later the ward learns the amount changed from October: it ends the first record there and adds the new one.
        AccountsApi.Expect(await Seeds.PutAsync(chiyoda, residentRef, "child-allowance", "ca-1", Allowance("2024-04-01", "2024-09-30", 10_000)), 201);
        AccountsApi.Expect(await Seeds.PutAsync(chiyoda, residentRef, "child-allowance", "ca-2", Allowance("2024-10-01", null, 15_000)), 201);

        var before = await Seeds.MineAsync(token, "category=child-allowance&asOf=2024-06-01");
        var after = await Seeds.MineAsync(token, "category=child-allowance&asOf=2025-01-01");
        var range = await Seeds.MineAsync(token, "category=child-allowance&from=2024-01-01&to=2025-03-31");

        Assert.Equal([10_000], Amounts(before, 0));
        Assert.Equal([15_000], Amounts(after, 0));
        var periods = range.GetProperty("periods").EnumerateArray()
            .Select(p => (p.GetProperty("from").GetString(), p.GetProperty("to").GetString())).ToList();
        Assert.Equal([("2024-01-01", "2024-03-31"), ("2024-04-01", "2024-09-30"), ("2024-10-01", "2025-03-31")], periods);
        Assert.Empty(Amounts(range, 0));
        Assert.Equal([10_000], Amounts(range, 1));
        Assert.Equal([15_000], Amounts(range, 2));
    }

    [Fact]
    public async Task AskedAsRecordedBeforeACorrectionTheAnswerIsWhatTheAgencySaidThenAndAfterItTheCorrectedValue()
    {
        var (resident, token) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        AccountsApi.Expect(await Seeds.PutAsync(chiyoda, residentRef, "child-allowance", "ca-1", Allowance("2024-04-01", null, 10_000)), 201);
        var said = fixture.Api.Clock.GetUtcNow();
        fixture.Api.Clock.Advance(TimeSpan.FromMinutes(5));
        // The ward finds the amount was wrong from the start: the same record, corrected.
        AccountsApi.Expect(await Seeds.PutAsync(chiyoda, residentRef, "child-allowance", "ca-1", Allowance("2024-04-01", null, 12_000)), 201);

        var then = await Seeds.MineAsync(token, $"asOf=2024-06-01&recordedAsOf={Uri.EscapeDataString(said.AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm:ssK"))}");
        var now = await Seeds.MineAsync(token, "asOf=2024-06-01");
        var before = await Seeds.MineAsync(token, $"asOf=2024-06-01&recordedAsOf={Uri.EscapeDataString(said.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm:ssK"))}");

        Assert.Equal([10_000], Amounts(then, 0));
        Assert.Equal([12_000], Amounts(now, 0));
        Assert.Empty(Amounts(before, 0));
    }

    [Fact]
    public async Task RecordsShowTheirLabelsTheProviderAndWhenTheyWereRecordedWithTheInsuredNumberMasked()
    {
        var (resident, token) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(InformationSeeds.Insurer, resident);
        var insurer = await Seeds.AgencyAsync(InformationSeeds.Insurer, "全国健康保険協会 東京支部");
        AccountsApi.Expect(await Seeds.PutAsync(insurer, residentRef, "health-insurance-card", "qual-1", new
        {
            validFrom = "2025-04-01",
            data = new { insurerName = "全国健康保険協会", insurerNumber = "01130012", insuredNumber = "87654321", status = "有効", qualifiedOn = "2025-04-01" },
        }), 201);

        var response = await fixture.Api.SendAsync(HttpMethod.Get, "/api/me/information?asOf=2025-05-01", token);
        var view = await AccountsApi.ExpectAsync(response, 200);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var (category, provider, record) = Assert.Single(InformationSeeds.Records(view));
        Assert.Equal("health-insurance-card", category);
        Assert.Equal("全国健康保険協会 東京支部", provider);
        Assert.Equal("開示", record.GetProperty("disclosure").GetString());
        Assert.True(record.TryGetProperty("recordedAt", out _));
        var labels = record.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("label").GetString()!, i => i.GetProperty("value"));
        Assert.Equal("全国健康保険協会", labels["保険者名"].GetString());
        Assert.Equal("＊＊＊＊＊＊21", labels["被保険者番号"].GetString());
        Assert.DoesNotContain("87654321", view.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWithheldRecordIsShownAsNotDisclosedAndNeverLeaksWhatItOnceSaid()
    {
        var (resident, token) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        AccountsApi.Expect(await Seeds.PutAsync(chiyoda, residentRef, "household", "hh-1", new
        {
            validFrom = "2020-01-01",
            data = new { householdHead = "山田 太郎", relationship = "妻", members = new[] { new { name = "山田 秘匿", relationship = "妻" } } },
        }), 201);
        // Under DV protection the ward withholds the household from then on.
        var withheld = await AccountsApi.ExpectAsync(
            await Seeds.PutAsync(chiyoda, residentRef, "household", "hh-1", new { validFrom = "2020-01-01", withheld = true }), 201);

        var view = await fixture.Api.SendAsync(HttpMethod.Get, "/api/me/information?from=2019-01-01&to=2026-01-01", token);
        var text = await view.Content.ReadAsStringAsync();
        var (_, _, record) = InformationSeeds.Records(await AccountsApi.ExpectAsync(view, 200), 1).Single();

        Assert.True(record.GetProperty("withheld").GetBoolean());
        Assert.Equal("不開示", record.GetProperty("disclosure").GetString());
        Assert.False(record.TryGetProperty("items", out _));
        Assert.DoesNotContain("秘匿", text, StringComparison.Ordinal);
        Assert.DoesNotContain("山田", text, StringComparison.Ordinal);
        Assert.False(withheld.TryGetProperty("data", out _));
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "asOf=2025-13-01", "asOf" },
        { "asOf=yesterday", "asOf" },
        { "asOf=1800-01-01", "asOf" },
        { "from=2025-01-01", "to" },
        { "from=2025-02-01&to=2025-01-01", "to" },
        { "asOf=2025-01-01&from=2025-01-01&to=2025-02-01", "asOf" },
        { "category=no-such-thing", "category" },
        { "recordedAsOf=2025-01-01T09:00:00", "recordedAsOf" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task BadDatesAndCategoriesAreProblemJsonInJapaneseNamingTheField(string query, string field)
    {
        var (_, token) = await Seeds.ResidentAsync();

        var response = await fixture.Api.SendAsync(HttpMethod.Get, "/api/me/information?" + query, token);

        var problem = await AccountsApi.ExpectAsync(response, 400);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Problem + "invalid-input", problem.GetProperty("type").GetString());
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
        Assert.Matches("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsCJKUnifiedIdeographs}]", problem.GetProperty("detail").GetString()!);
    }

    [Fact]
    public async Task WithoutADateTheAnswerIsForTodayInJapan()
    {
        var (_, token) = await Seeds.ResidentAsync();
        var today = DateOnly.FromDateTime(fixture.Api.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime).ToString("yyyy-MM-dd");

        var view = await Seeds.MineAsync(token, "");

        Assert.Equal(today, view.GetProperty("from").GetString());
        Assert.Equal(today, view.GetProperty("to").GetString());
    }

    private static object Allowance(string validFrom, string? validTo, int amount) => new
    {
        validFrom, validTo, data = new { status = "支給中", monthlyAmount = amount, eligibleChildren = 1, certifiedOn = "2024-04-01" },
    };

    private static List<int> Amounts(JsonElement view, int period) =>
        [.. InformationSeeds.Records(view, period).Select(r => InformationSeeds.Item(r.Record, "monthlyAmount").GetInt32())];
}
