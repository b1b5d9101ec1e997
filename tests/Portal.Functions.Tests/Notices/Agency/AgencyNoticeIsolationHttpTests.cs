using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Testing;

namespace Portal.Functions.Tests.Notices.Agency;

/// <summary>An agency reaches only its own area and sees, changes and withdraws only the notices it sent.</summary>
public sealed class AgencyNoticeIsolationHttpTests(AgencyNoticeApiHost api) : IClassFixture<AgencyNoticeApiHost>
{
    private const string Problem = "https://portal.example/problems/";

    [Fact]
    public async Task AnotherAgencysNoticeIsNotFoundForGetPatchAndDelete()
    {
        var chiyoda = await api.AgencyTokenAsync("chiyoda-iso", "千代田区", new AgencyBinding("131016", null));
        var other = await api.AgencyTokenAsync("chiyoda-other", "千代田区（別システム）", new AgencyBinding("131016", null));
        var sent = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", chiyoda, NoticeBodies.Scheduled(), NoticeBodies.NewKey());
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var get = await api.SendAsync(HttpMethod.Get, $"/api/agency/notices/{id}", other);
        var patch = await api.SendAsync(HttpMethod.Patch, $"/api/agency/notices/{id}", other, new { title = "書き換え" });
        var delete = await api.SendAsync(HttpMethod.Delete, $"/api/agency/notices/{id}", other);
        var unknown = await api.SendAsync(HttpMethod.Get, "/api/agency/notices/ntc-AAAAAAAAAAAAAAAA", chiyoda);

        Assert.All([get, patch, delete, unknown], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var mine = await (await api.SendAsync(HttpMethod.Get, $"/api/agency/notices/{id}", chiyoda)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("scheduled", mine.GetProperty("state").GetString());
        Assert.Equal("防災訓練のお知らせ", mine.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnotherBodysNoticeInAnotherAreaIsNotFoundEither()
    {
        var chiyoda = await api.AgencyTokenAsync("chiyoda-iso", "千代田区", new AgencyBinding("131016", null));
        var osaka = await api.AgencyTokenAsync("osaka-iso", "大阪市", new AgencyBinding("271004", null));
        var sent = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", chiyoda, NoticeBodies.Everyone(), NoticeBodies.NewKey());
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var get = await api.SendAsync(HttpMethod.Get, $"/api/agency/notices/{id}", osaka);
        var list = await (await api.SendAsync(HttpMethod.Get, "/api/agency/notices", osaka)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task NamingAnotherBodysAreaIsForbiddenAndStoresNothing()
    {
        var chiyoda = await api.AgencyTokenAsync("chiyoda-iso", "千代田区", new AgencyBinding("131016", null));
        var before = await api.CountNoticeDocumentsAsync();

        var response = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", chiyoda,
            NoticeBodies.Everyone().With("audience", new { kind = "everyone", localGovernmentCode = "271004" }), NoticeBodies.NewKey());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Problem + "notice-audience-outside-area", problem.GetProperty("type").GetString());
        Assert.Equal(before, await api.CountNoticeDocumentsAsync());
    }

    [Fact]
    public async Task ATokenWithoutTheNoticesScopeIsForbidden()
    {
        var token = await api.AgencyTokenAsync("chiyoda-noscope", "千代田区", new AgencyBinding("131016", null), PortalScopes.AgencyApplications);

        var send = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone(), NoticeBodies.NewKey());
        var list = await api.SendAsync(HttpMethod.Get, "/api/agency/notices", token);

        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task AResidentTokenIsUnauthorized()
    {
        var resident = await ResidentTokens.IssueAsync(api.Services, "acc-notice-resident", "portal-web", PortalScopes.Portal);

        var send = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", resident, NoticeBodies.Everyone(), NoticeBodies.NewKey());
        var list = await api.SendAsync(HttpMethod.Get, "/api/agency/notices", resident);

        Assert.Equal(HttpStatusCode.Unauthorized, send.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
    }
}
