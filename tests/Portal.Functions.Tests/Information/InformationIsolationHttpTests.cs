using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Information;

/// <summary>
/// Who may see and write what: an agency only through its own refs and only its own records, a resident only their
/// own information. Every refusal says as little as an unknown ref would.
/// </summary>
public sealed class InformationIsolationHttpTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    private InformationSeeds Seeds => new(fixture.Api);

    [Fact]
    public async Task AnotherBodyCannotWriteOrReadThroughARefItWasNotGiven()
    {
        var (resident, _) = await Seeds.ResidentAsync();
        var chiyodaRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var minato = await Seeds.AgencyAsync(InformationSeeds.Minato, "港区");
        AccountsApi.Expect(await Seeds.PutAsync(chiyoda, chiyodaRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 3_000_000)), 201);

        var write = await Seeds.PutAsync(minato, chiyodaRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 1));
        var read = await Seeds.ListAsync(minato, chiyodaRef, "tax-income");

        Assert.Equal("information-resident-unknown", await AccountsApi.ProblemTypeAsync(write));
        Assert.Equal("information-resident-unknown", await AccountsApi.ProblemTypeAsync(read));
        Assert.Equal(404, (int)write.StatusCode);
        Assert.Equal(404, (int)read.StatusCode);
        Assert.DoesNotContain("3000000", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Seeds.CountAsync(resident));
    }

    [Fact]
    public async Task ABodyReadsBackOnlyItsOwnRecordsEvenThroughItsOwnRefOfTheSameResident()
    {
        var (resident, _) = await Seeds.ResidentAsync();
        var chiyodaRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var minatoRef = await Seeds.RefAsync(InformationSeeds.Minato, resident);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        var minato = await Seeds.AgencyAsync(InformationSeeds.Minato, "港区");
        AccountsApi.Expect(await Seeds.PutAsync(chiyoda, chiyodaRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 3_000_000)), 201);
        AccountsApi.Expect(await Seeds.PutAsync(minato, minatoRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 2_000_000)), 201);

        var mine = await AccountsApi.ExpectAsync(await Seeds.ListAsync(minato, minatoRef, "tax-income"), 200);

        Assert.NotEqual(chiyodaRef, minatoRef);
        var items = mine.GetProperty("items").EnumerateArray().ToList();
        Assert.Single(items);
        Assert.Equal(2_000_000, items[0].GetProperty("data").GetProperty("totalIncome").GetInt32());
    }

    [Fact]
    public async Task AResidentSeesOnlyTheirOwnInformation()
    {
        var (resident, residentToken) = await Seeds.ResidentAsync();
        var (_, otherToken) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var chiyoda = await Seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        AccountsApi.Expect(await Seeds.PutAsync(chiyoda, residentRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 3_000_000)), 201);

        var own = await Seeds.MineAsync(residentToken, "asOf=2025-07-01");
        var other = await Seeds.MineAsync(otherToken, "asOf=2025-07-01");

        Assert.Single(InformationSeeds.Records(own));
        Assert.Empty(InformationSeeds.Records(other));
    }

    [Fact]
    public async Task AnAgencyTokenWithoutTheInformationScopeIsRefused()
    {
        var (resident, _) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(InformationSeeds.Chiyoda, resident);
        var notices = await Portal.Functions.Tests.Notices.Agency.AgencyNoticeApiHost.AgencyTokenAsync(
            fixture.Api.Host.Services, "info-notices-only", "千代田区", InformationSeeds.Chiyoda);

        var response = await Seeds.PutAsync(notices, residentRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 1));

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Equal("insufficient-scope", await AccountsApi.ProblemTypeAsync(response));
        Assert.Equal(0, await Seeds.CountAsync(resident));
    }
}
