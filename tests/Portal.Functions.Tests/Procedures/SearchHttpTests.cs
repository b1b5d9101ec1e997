using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Portal.Testing.Procedures.SmallCatalog;

namespace Portal.Functions.Tests.Procedures;

/// <summary>さがす over HTTP, anonymous, on a small seeded catalog (pages of two).</summary>
public sealed class SearchHttpTests(CatalogApiHost api) : IClassFixture<CatalogApiHost>
{
    private const string Problem = "https://portal.example/problems/";

    [Fact]
    public async Task AKeywordWithAPlaceRanksTheProcedureFirstWithThatPlacesOffering()
    {
        var arakawa = await GetAsync($"/api/procedures?q=児童手当&lg={Arakawa}");
        var chiyoda = await GetAsync($"/api/procedures?q=児童手当&lg={Chiyoda}");

        var first = arakawa.GetProperty("items")[0];
        Assert.Equal(ChildAllowance, first.GetProperty("id").GetString());
        Assert.Equal(Arakawa, first.GetProperty("offering").GetProperty("offeredBy").GetString());
        Assert.Equal("荒川区", first.GetProperty("offering").GetProperty("offeredByName").GetString());
        Assert.Equal(["counter"], first.GetProperty("offering").GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("https://www.city.arakawa.tokyo.jp/jidouteate", first.GetProperty("offering").GetProperty("pageUrl").GetString());
        Assert.False(first.GetProperty("offering").GetProperty("online").GetBoolean());
        Assert.Equal("荒川区", arakawa.GetProperty("localGovernment").GetProperty("name").GetString());
        Assert.True(chiyoda.GetProperty("items")[0].GetProperty("offering").GetProperty("online").GetBoolean());
    }

    [Fact]
    public async Task AWardOfADesignatedCityGetsTheCitysOfferingAndAPrefecturalProcedureThePrefectures()
    {
        var ward = await GetAsync($"/api/procedures?q=児童手当&lg={SapporoChuo}");
        var passport = await GetAsync($"/api/procedures?q=パスポート&lg={Arakawa}");

        Assert.Equal(Sapporo, ward.GetProperty("items")[0].GetProperty("offering").GetProperty("offeredBy").GetString());
        var offering = passport.GetProperty("items")[0].GetProperty("offering");
        Assert.Equal(Tokyo, offering.GetProperty("offeredBy").GetString());
        Assert.Equal("東京都", offering.GetProperty("offeredByName").GetString());
    }

    [Fact]
    public async Task FacetsCountEveryMatchWithJapaneseLabelsAndFiltersNarrowTheResults()
    {
        var all = await GetAsync($"/api/procedures?lg={Chiyoda}");
        var children = await GetAsync($"/api/procedures?lg={Chiyoda}&category=children");
        var moving = await GetAsync("/api/procedures?lifeEvent=moving");

        Assert.Equal(Templates.Count, all.GetProperty("total").GetInt32());
        var categories = all.GetProperty("facets").GetProperty("categories").EnumerateArray()
            .ToDictionary(f => f.GetProperty("code").GetString()!, f => (f.GetProperty("label").GetString(), f.GetProperty("count").GetInt32()));
        Assert.Equal(("こども", 2), categories["children"]);
        Assert.Equal(("お金", 3), categories["money"]);
        Assert.Equal(("出入国", 1), categories["travel"]);
        var lifeEvents = all.GetProperty("facets").GetProperty("lifeEvents").EnumerateArray()
            .ToDictionary(f => f.GetProperty("code").GetString()!, f => (f.GetProperty("label").GetString(), f.GetProperty("count").GetInt32()));
        Assert.Equal(("子育て", 2), lifeEvents["childcare"]);
        Assert.Equal(2, children.GetProperty("total").GetInt32());
        Assert.Equal([MovingOut, ResidenceCertificate], Ids(moving).Order());
    }

    [Fact]
    public async Task OnlineOnlyKeepsWhatThatPlaceTakesOnline()
    {
        var chiyoda = await GetAsync($"/api/procedures?lg={Chiyoda}&online=true&category=children");
        var arakawa = await GetAsync($"/api/procedures?lg={Arakawa}&online=true&category=children");

        Assert.Equal([ChildAllowance], Ids(chiyoda));
        Assert.Equal([Nursery], Ids(arakawa));
    }

    [Fact]
    public async Task TheContinuationTokenWalksEveryResultOnceAndTheLastPageHasNone()
    {
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await GetAsync($"/api/procedures?lg={Chiyoda}" + (token is null ? "" : $"&page={token}"));
            Assert.InRange(page.GetProperty("items").GetArrayLength(), 1, int.Parse(CatalogApiHost.PageSize));
            Assert.Equal(Templates.Count, page.GetProperty("total").GetInt32());
            seen.AddRange(Ids(page));
            token = page.TryGetProperty("continuationToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            Assert.True(token is null || System.Text.RegularExpressions.Regex.IsMatch(token, "^[A-Za-z0-9_-]+$"), token);
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(4, pages);
        Assert.Equal(Templates.Select(t => t.Id).Order(), seen.Order());
    }

    [Fact]
    public async Task ATokenFromAnotherQueryStartsThatQueryAtItsFirstPage()
    {
        var first = await GetAsync($"/api/procedures?lg={Chiyoda}");
        var token = first.GetProperty("continuationToken").GetString();

        var other = await GetAsync($"/api/procedures?lg={Arakawa}&page={token}");

        Assert.Equal(Ids(await GetAsync($"/api/procedures?lg={Arakawa}")), Ids(other));
    }

    [Fact]
    public async Task NothingFoundIsANormalAnswerWithSuggestions()
    {
        var response = await api.Client.GetAsync($"/api/procedures?q=ぬぬぬぬぬぬ&lg={Chiyoda}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.Empty(body.GetProperty("items").EnumerateArray());
        Assert.NotEmpty(body.GetProperty("suggestions").EnumerateArray());
    }

    [Fact]
    public async Task ControlCharactersInTheKeywordAreRemovedAndTwoHundredCharactersAreAccepted()
    {
        var cleaned = await GetAsync($"/api/procedures?q=児童%00手%1F当&lg={Chiyoda}");
        var longest = await api.Client.GetAsync($"/api/procedures?q={new string('あ', 200)}");

        Assert.Equal(ChildAllowance, cleaned.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
    }

    [Fact]
    public async Task AnonymousCatalogReadsMayBeCachedBriefly()
    {
        foreach (var path in new[] { "/api/procedures?q=転出", $"/api/procedures/{MovingOut}", "/api/local-governments?q=荒川", $"/api/local-governments/{Chiyoda}/keywords" })
        {
            var response = await api.Client.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl is { Public: true, MaxAge: { } maxAge } && maxAge <= TimeSpan.FromMinutes(5), path);
        }
    }

    [Fact]
    public async Task TheDetailSaysWhatItIsAndHowToApplyThere()
    {
        var detail = await GetAsync($"/api/procedures/{ResidenceCertificate}?lg={Chiyoda}");
        var anywhere = await GetAsync($"/api/procedures/{ResidenceCertificate}");

        Assert.Equal("住民票の写しの交付請求", detail.GetProperty("name").GetString());
        Assert.Equal("対象となる方", detail.GetProperty("eligibility").GetString());
        Assert.Equal(["本人確認書類"], detail.GetProperty("requiredDocuments").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("無料", detail.GetProperty("fee").GetString());
        Assert.Equal("証明書", detail.GetProperty("categories")[0].GetProperty("label").GetString());
        var offering = detail.GetProperty("offering");
        Assert.Equal(["counter", "mail"], offering.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("総合窓口課", offering.GetProperty("contact").GetString());
        Assert.Equal("窓口は平日8:30〜17:15", offering.GetProperty("note").GetString());
        Assert.False(anywhere.TryGetProperty("offering", out var none) && none.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task AnUnknownProcedureIsANotFoundProblem()
    {
        var (status, problem) = await ProblemAsync("/api/procedures/no-such-procedure");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(Problem + "procedure-not-found", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("あらかわ", Arakawa)]
    [InlineData("荒川", Arakawa)]
    [InlineData("千代田", Chiyoda)]
    [InlineData("さっぽろしちゅうおう", SapporoChuo)]
    public async Task LocalGovernmentsAreFoundByKanjiKanaOrPart(string query, string code)
    {
        var found = await GetAsync($"/api/local-governments?q={Uri.EscapeDataString(query)}");

        Assert.Contains(code, found.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task APlaceHasKeywordChips()
    {
        var chips = await GetAsync($"/api/local-governments/{Chiyoda}/keywords");

        Assert.Equal("千代田区", chips.GetProperty("localGovernment").GetProperty("name").GetString());
        Assert.NotEmpty(chips.GetProperty("keywords").EnumerateArray());
    }

    public static TheoryData<string, string, string> BadParameters => new()
    {
        { "/api/procedures?q=" + new string('あ', 201), "q", "too-long" },
        { "/api/local-governments?q=" + new string('あ', 201), "q", "too-long" },
        { "/api/procedures?category=pets", "category", "unknown-category" },
        { "/api/procedures?lifeEvent=wedding", "lifeEvent", "unknown-life-event" },
        { "/api/procedures?online=maybe", "online", "not-a-boolean" },
        { "/api/procedures?lg=" + Tokyo, "lg", "not-a-residence" },
        { "/api/procedures?page=not-a-token", "page", "invalid-continuation" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task ABadParameterIsABadRequestNamingIt(string path, string parameter, string code)
    {
        var (status, problem) = await ProblemAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(Problem + "invalid-search-parameter", problem.GetProperty("type").GetString());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}|\p{IsHiragana}", problem.GetProperty("detail").GetString()!);
    }

    [Fact]
    public async Task AnUnknownCategoryIsNamedInTheDetail()
    {
        var (_, problem) = await ProblemAsync("/api/procedures?category=pets");

        Assert.Contains("pets", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/procedures?q=児童手当&lg=131017")]
    [InlineData("/api/procedures/child-allowance-certification?lg=131017")]
    [InlineData("/api/local-governments/131017/keywords")]
    public async Task AnUnknownLocalGovernmentIsNotFoundWithCloseMatches(string path)
    {
        var (status, problem) = await ProblemAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(Problem + "local-government-not-found", problem.GetProperty("type").GetString());
        Assert.Contains(Chiyoda, problem.GetProperty("closeMatches").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        Assert.Contains("千代田区", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ANameSentAsACodeIsNotFoundWithTheLocalGovernmentsOfThatName()
    {
        var (status, problem) = await ProblemAsync($"/api/local-governments/{Uri.EscapeDataString("荒川区")}/keywords");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(Arakawa, problem.GetProperty("closeMatches").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
    }

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    private async Task<JsonElement> GetAsync(string path)
    {
        var response = await api.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<(HttpStatusCode Status, JsonElement Problem)> ProblemAsync(string path)
    {
        var response = await api.Client.GetAsync(path);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
