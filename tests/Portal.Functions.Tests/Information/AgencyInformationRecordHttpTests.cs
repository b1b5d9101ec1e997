using System.Text.Json;
using Portal.Domain.Identity.Clients;
using Portal.Functions.Tests.Accounts;
using Portal.Testing.Privacy;

namespace Portal.Functions.Tests.Information;

/// <summary>
/// 副本, the agency side: a record is stored once however often it is sent, a correction is a new version that keeps
/// the old one, concurrent corrections all survive, bad input is refused as problem+json with nothing stored, and a
/// body provides only the categories its kind may.
/// </summary>
public sealed class AgencyInformationRecordHttpTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    private const string Problem = "https://portal.example/problems/";

    private InformationSeeds Seeds => new(fixture.Api);

    [Fact]
    public async Task TheSamePutAgainChangesNothingAndADifferentOneIsANewVersionThatKeepsTheOld()
    {
        var (resident, _) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");

        var first = await AccountsApi.ExpectAsync(await Seeds.PutAsync(chiyoda, residentRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 3_000_000)), 201);
        var again = await AccountsApi.ExpectAsync(await Seeds.PutAsync(chiyoda, residentRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 3_000_000)), 200);
        Assert.Equal(1, again.GetProperty("version").GetInt32());
        Assert.Equal(first.GetProperty("recordedAt").GetString(), again.GetProperty("recordedAt").GetString());
        Assert.Equal(1, await Seeds.CountAsync(resident));

        var corrected = await AccountsApi.ExpectAsync(await Seeds.PutAsync(chiyoda, residentRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 3_200_000)), 201);
        Assert.Equal(2, corrected.GetProperty("version").GetInt32());
        Assert.Equal(2, await Seeds.CountAsync(resident));

        var versions = (await AccountsApi.ExpectAsync(await Seeds.ListAsync(chiyoda, residentRef, "tax-income"), 200)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.True(versions[0].GetProperty("current").GetBoolean());
        Assert.False(versions[1].GetProperty("current").GetBoolean());
        Assert.Equal(3_000_000, versions[1].GetProperty("data").GetProperty("totalIncome").GetInt32());
        Assert.True(versions[1].TryGetProperty("supersededAt", out _));
    }

    [Fact]
    public async Task CorrectionsSentAtOnceAllBecomeVersionsAndExactlyOneIsCurrent()
    {
        var (resident, _) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");

        var responses = await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            Seeds.PutAsync(chiyoda, residentRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 1_000_000 * i))));

        Assert.All(responses, r => Assert.Equal(201, (int)r.StatusCode));
        var versions = (await AccountsApi.ExpectAsync(await Seeds.ListAsync(chiyoda, residentRef, "tax-income"), 200)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([5, 4, 3, 2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(
            Enumerable.Range(1, 5).Select(i => 1_000_000 * i).Order(),
            versions.Select(v => v.GetProperty("data").GetProperty("totalIncome").GetInt32()).Order());
        Assert.Single(versions, v => v.GetProperty("current").GetBoolean());
        Assert.True(versions[0].GetProperty("current").GetBoolean());
    }

    public static TheoryData<string, int, string, string?> BadInput => new()
    {
        { "data that fails the category's schema", 400, "invalid-input", "data.totalIncome" },
        { "a missing required field", 400, "invalid-input", "data" },
        { "no validFrom", 400, "invalid-input", "validFrom" },
        { "a validFrom that is not a day", 400, "invalid-input", "validFrom" },
        { "a day out of range", 400, "invalid-input", "validFrom" },
        { "validTo before validFrom", 400, "invalid-input", "validTo" },
        { "data sent with withheld", 400, "invalid-input", "data" },
        { "no data and not withheld", 400, "invalid-input", "data" },
        { "an individual number in the data", 422, "individual-number-refused", null },
        { "an unknown category", 404, "information-category-not-found", null },
        { "a malformed record id", 400, "information-record-id-invalid", null },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadRecordsAreRefusedAsProblemJsonAndNothingIsStored(string why, int status, string type, string? field)
    {
        var (resident, residentToken) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var (category, recordId, body) = Bad(why);

        var response = await Seeds.PutAsync(chiyoda, residentRef, category, recordId, body);

        var problem = await AccountsApi.ExpectAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Problem + type, problem.GetProperty("type").GetString());
        if (field is not null)
        {
            Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
        }
        Assert.DoesNotContain(IndividualNumber, problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await Seeds.CountAsync(resident));
        Assert.Empty(InformationSeeds.Records(await Seeds.MineAsync(residentToken, "from=2000-01-01&to=2030-12-31")));
    }

    [Theory]
    [InlineData("insurer", "health-insurance-card", 201)]
    [InlineData("municipality", "pension", 403)]
    [InlineData("municipality", "health-insurance-card", 403)]
    [InlineData("national", "pension", 201)]
    [InlineData("insurer", "tax-income", 403)]
    public async Task ABodyProvidesOnlyTheCategoriesItsKindMay(string kind, string category, int status)
    {
        var body = kind switch { "insurer" => InformationSeeds.Insurer, "national" => InformationSeeds.PensionService, _ => InformationSeeds.Chiyoda };
        var (resident, _) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(body, resident);
        var token = await Seeds.AgencyAsync(body);

        var response = await Seeds.PutAsync(token, residentRef, category, "r1", new { validFrom = "2025-04-01", data = DataFor(category) });

        var answer = await AccountsApi.ExpectAsync(response, status);
        if (status == 403)
        {
            Assert.Equal(Problem + "information-category-not-allowed", answer.GetProperty("type").GetString());
        }
        Assert.Equal(status == 201 ? 1 : 0, await Seeds.CountAsync(resident));
    }

    private static readonly string IndividualNumber = (string)IndividualNumberCases.Found.First()[0]!;

    private static object DataFor(string category) => category switch
    {
        "health-insurance-card" => new
        {
            insurerName = "全国健康保険協会", insurerNumber = "06139999", insuredNumber = "12345678", status = "有効", qualifiedOn = "2025-04-01",
        },
        "pension" => new { pensionType = "老齢基礎年金", annualAmount = 816_000, paymentStartedOn = "2025-04-01" },
        _ => new { fiscalYear = 2025, totalIncome = 1, municipalIncomeTax = 0, prefecturalIncomeTax = 0 },
    };

    private static (string Category, string RecordId, object Body) Bad(string why) => why switch
    {
        "data that fails the category's schema" => ("tax-income", "t", new
        {
            validFrom = "2025-06-01", data = new { fiscalYear = 2025, totalIncome = "三百万円", municipalIncomeTax = 0, prefecturalIncomeTax = 0 },
        }),
        "a missing required field" => ("tax-income", "t", new { validFrom = "2025-06-01", data = new { fiscalYear = 2025 } }),
        "no validFrom" => ("tax-income", "t", new { data = new { fiscalYear = 2025, totalIncome = 1, municipalIncomeTax = 0, prefecturalIncomeTax = 0 } }),
        "a validFrom that is not a day" => ("tax-income", "t", InformationSeeds.Tax(2025, 1, validFrom: "2025/06/01")),
        "a day out of range" => ("tax-income", "t", InformationSeeds.Tax(2025, 1, validFrom: "1899-12-31")),
        "validTo before validFrom" => ("tax-income", "t", InformationSeeds.Tax(2025, 1, validFrom: "2025-06-01", validTo: "2025-05-31")),
        "data sent with withheld" => ("tax-income", "t", new
        {
            validFrom = "2025-06-01", withheld = true, data = new { fiscalYear = 2025, totalIncome = 1, municipalIncomeTax = 0, prefecturalIncomeTax = 0 },
        }),
        "no data and not withheld" => ("tax-income", "t", new { validFrom = "2025-06-01" }),
        "an individual number in the data" => ("household", "h", new
        {
            validFrom = "2025-06-01",
            data = new { householdHead = IndividualNumber, relationship = "本人", members = new[] { new { name = "山田 花子", relationship = "本人" } } },
        }),
        "an unknown category" => ("no-such-category", "t", InformationSeeds.Tax(2025, 1)),
        "a malformed record id" => ("tax-income", "-bad", InformationSeeds.Tax(2025, 1)),
        _ => throw new ArgumentOutOfRangeException(nameof(why)),
    };
}
