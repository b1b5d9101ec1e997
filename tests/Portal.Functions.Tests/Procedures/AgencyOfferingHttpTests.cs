using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using static Portal.Testing.Procedures.SmallCatalog;

namespace Portal.Functions.Tests.Procedures;

/// <summary>
/// Agencies publishing their own offerings: validated, ETag-guarded, isolated to the token's own body, and searchable
/// after the refresh loop's next turn without a restart. Each test changes procedures the others do not read.
/// </summary>
public sealed class AgencyOfferingHttpTests(CatalogApiHost api) : IClassFixture<CatalogApiHost>
{
    private const string Problem = "https://portal.example/problems/";
    private static readonly AgencyBinding ChiyodaBinding = new(Chiyoda, null);
    private static readonly AgencyBinding ArakawaBinding = new(Arakawa, null);

    [Fact]
    public async Task AnAgencySeesItsOwnSetWithAnETag()
    {
        var token = await api.AgencyTokenAsync("chiyoda", "千代田区", ChiyodaBinding);

        var response = await api.SendAsync(HttpMethod.Get, "/api/agency/offerings", token);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(Chiyoda, body.GetProperty("body").GetString());
        Assert.Equal("municipality", body.GetProperty("level").GetString());
        Assert.Contains(body.GetProperty("offerings").EnumerateArray(),
            o => o.GetProperty("procedureId").GetString() == ChildAllowance && o.GetProperty("procedureName").GetString() == "児童手当の認定請求");
    }

    [Fact]
    public async Task APublishedOfferingBecomesSearchableWithoutARestartAndRecordsWhoChangedIt()
    {
        var token = await api.AgencyTokenAsync("arakawa", "荒川区", ArakawaBinding);
        Assert.Null(await OfferingInSearchAsync("転出届", Arakawa, MovingOut));

        var put = await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{MovingOut}", token,
            new { methods = new[] { "counter", "online" }, pageUrl = "https://www.city.arakawa.tokyo.jp/tenshutsu", contact = "戸籍住民課", note = "マイナンバーカードで転出届ができます" });
        var stored = await put.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("arakawa", stored.GetProperty("updatedBy").GetString());
        var clock = Stopwatch.StartNew();
        JsonElement? offering = null;
        while (offering is null && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(100);
            offering = await OfferingInSearchAsync("転出届", Arakawa, MovingOut);
        }
        Assert.NotNull(offering);
        // Best first, whatever order the agency sent.
        Assert.Equal(["online", "counter"], offering.Value.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("戸籍住民課", offering.Value.GetProperty("contact").GetString());
    }

    [Fact]
    public async Task AStaleIfMatchIsPreconditionFailedWithTheCurrentSet()
    {
        var token = await api.AgencyTokenAsync("sapporo", "札幌市", new AgencyBinding(Sapporo, null));
        var read = await api.SendAsync(HttpMethod.Get, "/api/agency/offerings", token);
        var first = read.Headers.ETag!.ToString();
        var update = await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{Nursery}", token, new { methods = new[] { "counter" } }, ifMatch: first);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        var stale = await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{ResidenceCertificate}", token, new { methods = new[] { "counter" } }, ifMatch: first);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(Problem + "offering-conflict", problem.GetProperty("type").GetString());
        Assert.Equal(update.Headers.ETag!.ToString(), stale.Headers.ETag!.ToString());
        Assert.Contains(problem.GetProperty("current").GetProperty("offerings").EnumerateArray(), o => o.GetProperty("procedureId").GetString() == Nursery);
        Assert.DoesNotContain(problem.GetProperty("current").GetProperty("offerings").EnumerateArray(),
            o => o.GetProperty("procedureId").GetString() == ResidenceCertificate);

        var retried = await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{ResidenceCertificate}", token,
            new { methods = new[] { "counter" } }, ifMatch: stale.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    public static TheoryData<string, object, string, string> BadOfferings => new()
    {
        { ResidenceCertificate, new { methods = new[] { "online" } }, "methods", "not-online-capable" },
        { Nursery, new { methods = new[] { "fax" } }, "methods", "unknown-method" },
        { Nursery, new { methods = new[] { "mail", "mail" } }, "methods", "duplicate-method" },
        { Nursery, new { methods = Array.Empty<string>() }, "methods", "required" },
        { Nursery, new { methods = new[] { "counter" }, pageUrl = "http://www.city.chiyoda.lg.jp/" }, "pageUrl", "https-required" },
        { Nursery, new { methods = new[] { "counter" }, pageUrl = "javascript:alert(1)" }, "pageUrl", "https-required" },
        { Nursery, new { methods = new[] { "counter" }, contact = new string('課', 201) }, "contact", "too-long" },
        { Passport, new { methods = new[] { "counter" } }, "procedureId", "wrong-level" },
        { PublicFundsAccount, new { methods = new[] { "online" } }, "procedureId", "wrong-level" },
    };

    [Theory]
    [MemberData(nameof(BadOfferings))]
    public async Task ABadOfferingIsRefusedNamingTheField(string procedureId, object body, string field, string code)
    {
        var token = await api.AgencyTokenAsync("chiyoda", "千代田区", ChiyodaBinding);

        var response = await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{procedureId}", token, body);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Problem + "invalid-offering", problem.GetProperty("type").GetString());
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("field").GetString() == field && e.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task AnUnknownProcedureIsNotFound()
    {
        var token = await api.AgencyTokenAsync("chiyoda", "千代田区", ChiyodaBinding);

        var response = await api.SendAsync(HttpMethod.Put, "/api/agency/offerings/no-such-procedure", token, new { methods = new[] { "counter" } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ChiyodasTokenCanNeverChangeArakawasSetByAnyRoute()
    {
        var token = await api.AgencyTokenAsync("chiyoda", "千代田区", ChiyodaBinding);
        var before = await SetAsync(Arakawa);
        var change = new { methods = new[] { "counter" }, localGovernmentCode = Arakawa, body = Arakawa, id = Arakawa };

        var answers = new List<HttpResponseMessage>
        {
            // Chiyoda does not offer it: the delete looks in Chiyoda's own set only, and finds nothing.
            await api.SendAsync(HttpMethod.Delete, $"/api/agency/offerings/{HighCostMedical}", token),
            // A body naming Arakawa is only ever applied to Chiyoda's own set.
            await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{HighCostMedical}", token, change),
            await api.SendAsync(HttpMethod.Delete, $"/api/agency/offerings/{HighCostMedical}", token),
            await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{HighCostMedical}?lg={Arakawa}", token, change),
            await api.SendAsync(HttpMethod.Put, $"/api/agency/local-governments/{Arakawa}/offerings/{HighCostMedical}", token, change),
            await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{Arakawa}", token, change),
            await api.SendAsync(HttpMethod.Get, $"/api/agency/offerings?lg={Arakawa}", token),
        };

        Assert.Equal(HttpStatusCode.NotFound, answers[0].StatusCode);
        Assert.Equal(HttpStatusCode.OK, answers[1].StatusCode);
        Assert.Equal(Chiyoda, (await answers[1].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("body").GetString());
        Assert.Equal(HttpStatusCode.OK, answers[2].StatusCode);
        Assert.Equal(Chiyoda, (await answers[3].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("body").GetString());
        Assert.Equal(HttpStatusCode.NotFound, answers[4].StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answers[5].StatusCode);
        Assert.Equal(Chiyoda, (await answers[6].Content.ReadFromJsonAsync<JsonElement>()).GetProperty("body").GetString());
        var after = await SetAsync(Arakawa);
        Assert.Equal(before.ETag, after.ETag);
        // Whoever wrote it last before this test (the seed, or Arakawa in another test of this class) wrote it last after.
        Assert.Equal(before.Document.UpdatedBy, after.Document.UpdatedBy);
        Assert.NotEqual("chiyoda", after.Document.UpdatedBy);
        Assert.Equal(HighCostMedical, (await SetAsync(Chiyoda)).Document.Offerings.Single(o => o.ProcedureId == HighCostMedical).ProcedureId);
    }

    [Fact]
    public async Task ANationalAgencyCannotChangeAMunicipalitysSetOnlyItsOwn()
    {
        var token = await api.AgencyTokenAsync("digital-agency", "デジタル庁", new AgencyBinding(null, Digital));
        var chiyoda = await SetAsync(Chiyoda);
        var arakawa = await SetAsync(Arakawa);

        var municipal = await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{ChildAllowance}", token, new { methods = new[] { "online" } });
        var own = await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{PublicFundsAccount}", token,
            new { methods = new[] { "online" }, pageUrl = "https://www.digital.go.jp/policies/account_registration" });

        Assert.Equal(HttpStatusCode.BadRequest, municipal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(OfferingSet.NationalKey(Digital), (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("body").GetString());
        Assert.Equal(chiyoda.ETag, (await SetAsync(Chiyoda)).ETag);
        Assert.Equal(arakawa.ETag, (await SetAsync(Arakawa)).ETag);
    }

    [Fact]
    public async Task AWardOfADesignatedCityCannotPublish()
    {
        var token = await api.AgencyTokenAsync("sapporo-chuo", "札幌市中央区", new AgencyBinding(SapporoChuo, null));

        var response = await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{Nursery}", token, new { methods = new[] { "counter" } });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Problem + "publishing-not-allowed", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task WithoutTheScopeOrATokenNothingIsPublished()
    {
        var noScope = await api.AgencyTokenAsync("chiyoda", "千代田区", ChiyodaBinding, PortalScopes.AgencyApplications);

        var withoutScope = await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{Nursery}", noScope, new { methods = new[] { "counter" } });
        var anonymous = await api.SendAsync(HttpMethod.Get, "/api/agency/offerings", null);

        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.StatusCode);
        Assert.Equal(Problem + "insufficient-scope", (await withoutScope.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task AWithdrawnOfferingLeavesTheSetAndASecondWithdrawalIsNotFound()
    {
        var token = await api.AgencyTokenAsync("tokyo", "東京都", new AgencyBinding(Tokyo, null));

        var first = await api.SendAsync(HttpMethod.Delete, $"/api/agency/offerings/{Passport}", token);
        var second = await api.SendAsync(HttpMethod.Delete, $"/api/agency/offerings/{Passport}", token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Empty((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("offerings").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(Problem + "offering-not-found", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task AfterTheCatalogChangesAnOldContinuationTokenStartsAgainAtTheFirstPage()
    {
        const string Chuo = "131024";
        var catalog = api.Services.GetRequiredService<CatalogHost>();
        // An earlier test of this class may have changed offerings the background refresh has not loaded yet: load them
        // now, so both pages below are read from one catalog version (else the token restarts between them).
        await catalog.RefreshAsync(CancellationToken.None);
        var firstPage = await api.Client.GetFromJsonAsync<JsonElement>($"/api/procedures?lg={Chuo}");
        var token = firstPage.GetProperty("continuationToken").GetString();
        var secondPage = await api.Client.GetFromJsonAsync<JsonElement>($"/api/procedures?lg={Chuo}&page={token}");
        Assert.NotEqual(Ids(firstPage), Ids(secondPage));
        var version = catalog.Current!.Version;

        var token2 = await api.AgencyTokenAsync("chuo", "中央区", new AgencyBinding(Chuo, null));
        var put = await api.SendAsync(HttpMethod.Put, $"/api/agency/offerings/{Nursery}", token2, new { methods = new[] { "counter" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var clock = Stopwatch.StartNew();
        while (catalog.Current!.Version == version && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50);
        }
        var stale = await api.Client.GetFromJsonAsync<JsonElement>($"/api/procedures?lg={Chuo}&page={token}");

        Assert.NotEqual(version, catalog.Current.Version);
        Assert.Equal(Ids(await api.Client.GetFromJsonAsync<JsonElement>($"/api/procedures?lg={Chuo}")), Ids(stale));
    }

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    private async Task<Portal.Domain.Storage.Stored<OfferingSet>> SetAsync(string key) =>
        (await api.Services.GetRequiredService<ProcedureCatalogRepository>().ReadSetAsync(key, CancellationToken.None))!;

    private async Task<JsonElement?> OfferingInSearchAsync(string q, string lg, string procedureId)
    {
        var page = await api.Client.GetFromJsonAsync<JsonElement>($"/api/procedures?q={Uri.EscapeDataString(q)}&lg={lg}");
        var hit = page.GetProperty("items").EnumerateArray().FirstOrDefault(i => i.GetProperty("id").GetString() == procedureId);
        return hit.ValueKind == JsonValueKind.Object && hit.TryGetProperty("offering", out var offering) && offering.ValueKind == JsonValueKind.Object
            ? offering
            : null;
    }
}
