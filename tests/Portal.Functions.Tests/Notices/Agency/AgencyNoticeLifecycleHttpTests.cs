using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Domain.Identity.Clients;

namespace Portal.Functions.Tests.Notices.Agency;

/// <summary>A notice's life as its agency manages it: changed while scheduled, withdrawn once, listed with its state.</summary>
public sealed class AgencyNoticeLifecycleHttpTests(AgencyNoticeApiHost api) : IClassFixture<AgencyNoticeApiHost>
{
    private const string Problem = "https://portal.example/problems/";

    [Fact]
    public async Task AScheduledNoticeCanBeChangedWithItsETag()
    {
        var token = await api.AgencyTokenAsync("chiyoda-life", "千代田区", new AgencyBinding("131016", null));
        var sent = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Scheduled(), NoticeBodies.NewKey());
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var patched = await api.SendAsync(HttpMethod.Patch, $"/api/agency/notices/{id}", token,
            new { title = "防災訓練（会場変更）のお知らせ", importance = "important" }, ifMatch: sent.Headers.ETag!.Tag);
        var body = await patched.Content.ReadFromJsonAsync<JsonElement>();
        var stale = await api.SendAsync(HttpMethod.Patch, $"/api/agency/notices/{id}", token, new { title = "古い版から" },
            ifMatch: sent.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("防災訓練（会場変更）のお知らせ", body.GetProperty("title").GetString());
        Assert.Equal("important", body.GetProperty("importance").GetString());
        Assert.Equal("scheduled", body.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task APublishedNoticeCannotBeChanged()
    {
        var token = await api.AgencyTokenAsync("chiyoda-life", "千代田区", new AgencyBinding("131016", null));
        var sent = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone(), NoticeBodies.NewKey());
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var patched = await api.SendAsync(HttpMethod.Patch, $"/api/agency/notices/{id}", token, new { title = "変更" });
        var problem = await patched.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, patched.StatusCode);
        Assert.Equal(Problem + "notice-not-scheduled", problem.GetProperty("type").GetString());
        Assert.Equal("published", problem.GetProperty("state").GetString());
    }

    [Fact]
    public async Task ThePatchIsCheckedLikeANewNoticeAndTheAudienceCannotChange()
    {
        var token = await api.AgencyTokenAsync("chiyoda-life", "千代田区", new AgencyBinding("131016", null));
        var sent = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Scheduled(), NoticeBodies.NewKey());
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var html = await api.SendAsync(HttpMethod.Patch, $"/api/agency/notices/{id}", token, new { body = "<script>x</script>" });
        var audience = await api.SendAsync(HttpMethod.Patch, $"/api/agency/notices/{id}", token, new { audience = new { kind = "everyone" } });

        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, audience.StatusCode);
    }

    [Fact]
    public async Task DeleteWithdrawsTheNoticeAndAgainAnswersItUnchanged()
    {
        var token = await api.AgencyTokenAsync("chiyoda-life", "千代田区", new AgencyBinding("131016", null));
        var sent = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone(), NoticeBodies.NewKey());
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var first = await api.SendAsync(HttpMethod.Delete, $"/api/agency/notices/{id}", token);
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
        var again = await api.SendAsync(HttpMethod.Delete, $"/api/agency/notices/{id}", token);
        var againBody = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("withdrawn", firstBody.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(firstBody.GetProperty("withdrawnAt").GetString(), againBody.GetProperty("withdrawnAt").GetString());
    }

    [Fact]
    public async Task TheListShowsTheAgencysNoticesNewestFirstWithTheirStates()
    {
        var token = await api.AgencyTokenAsync("chiyoda-list", "千代田区", new AgencyBinding("131016", null));
        var published = await SendAsync(token, NoticeBodies.Everyone("配信中"));
        var scheduled = await SendAsync(token, NoticeBodies.Scheduled("予約"));
        var withdrawn = await SendAsync(token, NoticeBodies.Everyone("取り下げ"));
        await api.SendAsync(HttpMethod.Delete, $"/api/agency/notices/{withdrawn}", token);

        var all = await ListAsync(token, "");
        var onlyScheduled = await ListAsync(token, "?state=scheduled");
        var bad = await api.SendAsync(HttpMethod.Get, "/api/agency/notices?state=sent", token);

        Assert.Equal([withdrawn, scheduled, published], all.Select(n => n.Id));
        Assert.Equal(["withdrawn", "scheduled", "published"], all.Select(n => n.State));
        Assert.Equal([scheduled], onlyScheduled.Select(n => n.Id));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private async Task<string> SendAsync(string token, object body)
    {
        var response = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, body, NoticeBodies.NewKey());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<List<(string Id, string State)>> ListAsync(string token, string query)
    {
        var page = await (await api.SendAsync(HttpMethod.Get, "/api/agency/notices" + query, token)).Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray().Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("state").GetString()!))];
    }
}
