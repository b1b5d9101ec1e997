using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Information;

/// <summary>The categories catalogue: public, cacheable, with the labels 回答詳細 shows.</summary>
public sealed class InformationCatalogueHttpTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    [Fact]
    public async Task AnyoneReadsTheCategoriesWithTheirGroupsProvidersAndLabelsAndMayCacheThem()
    {
        var response = await fixture.Api.SendAsync(HttpMethod.Get, "/api/information/categories", null);

        var catalogue = await AccountsApi.ExpectAsync(response, 200);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        var categories = catalogue.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(26, categories.Count);
        var household = categories.Single(c => c.GetProperty("id").GetString() == "household");
        Assert.Equal("世帯情報", household.GetProperty("name").GetString());
        Assert.Contains(household.GetProperty("fields").EnumerateArray(), f => f.GetProperty("label").GetString() == "世帯主の氏名");
        var card = categories.Single(c => c.GetProperty("id").GetString() == "health-insurance-card");
        Assert.Equal(["insurer"], card.GetProperty("providers").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(card.GetProperty("fields").EnumerateArray(),
            f => f.GetProperty("key").GetString() == "insuredNumber" && f.GetProperty("masked").GetBoolean());
    }
}
