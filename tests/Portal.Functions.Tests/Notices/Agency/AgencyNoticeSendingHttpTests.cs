using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices.Sending;

namespace Portal.Functions.Tests.Notices.Agency;

/// <summary>Agencies sending お知らせ: one stored document per notice under the agency's own area, whatever the audience.</summary>
public sealed class AgencyNoticeSendingHttpTests(AgencyNoticeApiHost api) : IClassFixture<AgencyNoticeApiHost>
{
    private const string Problem = "https://portal.example/problems/";

    [Fact]
    public async Task SendingToEveryoneInChiyodaStoresOneNoticeUnderItsAreaWithTheSenderName()
    {
        var token = await api.AgencyTokenAsync("chiyoda-send", "千代田区", new AgencyBinding("131016", null));
        var before = await api.CountNoticeDocumentsAsync();

        var response = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone(), NoticeBodies.NewKey());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/agency/notices/{id}", response.Headers.Location?.ToString());
        Assert.Equal("published", body.GetProperty("state").GetString());
        Assert.Equal("千代田区", body.GetProperty("senderName").GetString());
        Assert.Equal(before + 1, await api.CountNoticeDocumentsAsync());
        var stored = await api.Services.GetRequiredService<SentNoticeRepository>().ReadAsync("lg-131016", id, CancellationToken.None);
        Assert.Equal("千代田区", stored!.Document.SenderName);
        Assert.Equal("chiyoda-send", stored.Document.AgencyClientId);
        Assert.Equal("everyone", stored.Document.Audience.Kind);
        Assert.True(stored.Document.Ttl > 30 * 86_400);
    }

    [Fact]
    public async Task APrefectureAgencysNoticeToEveryoneIsStoredOnceUnderItsPrefectureKey()
    {
        var token = await api.AgencyTokenAsync("tokyo-send", "東京都", new AgencyBinding("130001", null));
        var before = await api.CountNoticeDocumentsAsync();

        var response = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone("都からのお知らせ"), NoticeBodies.NewKey());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(before + 1, await api.CountNoticeDocumentsAsync());
        Assert.NotNull(await api.Services.GetRequiredService<SentNoticeRepository>().ReadAsync("lg-130001", id, CancellationToken.None));
    }

    [Fact]
    public async Task ANationalAgencysNoticeIsStoredOnceUnderNational()
    {
        var token = await api.AgencyTokenAsync("digital-send", "デジタル庁", new AgencyBinding(null, "digital"));
        var before = await api.CountNoticeDocumentsAsync();
        var segment = NoticeBodies.Everyone("年金のお知らせ").With("category", "pension")
            .With("audience", new { kind = "segment", minAge = 60, maxAge = 64 });

        var response = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, segment, NoticeBodies.NewKey());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(before + 1, await api.CountNoticeDocumentsAsync());
        Assert.Equal(60, body.GetProperty("audience").GetProperty("minAge").GetInt32());
        var stored = await api.Services.GetRequiredService<SentNoticeRepository>()
            .ReadAsync("national", body.GetProperty("id").GetString()!, CancellationToken.None);
        Assert.Null(stored!.Document.SenderLocalGovernmentCode);
    }

    public static TheoryData<string, string, object?, string> BadInput => new()
    {
        { "title", "title", new string('あ', 81), "too-long" },
        { "body", "body", new string('あ', 4001), "too-long" },
        { "html", "body", "<b>重要</b>なお知らせ", "markup" },
        { "a link outside the allow-list", "body", "詳しくは https://evil.example.com/login へ", "link-host-not-allowed" },
        { "an http link", "body", "詳しくは http://www.city.chiyoda.lg.jp/ へ", "https-required" },
        { "an unknown category", "category", "sports", "unknown-category" },
        { "an unknown importance", "importance", "urgent", "unknown-importance" },
        { "expiresAt before publishAt", "expiresAt", DateTimeOffset.UtcNow.AddDays(-1), "expires-before-publish" },
        { "publishAt in the past", "publishAt", DateTimeOffset.UtcNow.AddMinutes(-10), "publish-at-past" },
        { "expiresAt over a year away", "expiresAt", DateTimeOffset.UtcNow.AddDays(400), "lifetime-too-long" },
        { "no expiresAt", "expiresAt", null, "required" },
        { "a segment without criteria", "audience", new { kind = "segment" }, "segment-without-criteria" },
        { "minAge over maxAge", "audience", new { kind = "segment", minAge = 70, maxAge = 60 }, "age-range-inverted" },
        { "an age out of range", "audience", new { kind = "segment", minAge = 121 }, "age-out-of-range" },
        { "one resident without a residentRef", "audience", new { kind = "resident" }, "required" },
        { "a placeholder in a notice to everyone", "title", "((name))様へのお知らせ", "placeholder-not-allowed" },
        { "an individual number in the body", "body", $"対象者 {(string)Portal.Testing.Privacy.IndividualNumberCases.Found.First()[0]!} の方へ", "individual-number" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInputIsRefusedAsProblemJsonNamingTheFieldAndStoresNothing(string why, string field, object? value, string code)
    {
        var token = await api.AgencyTokenAsync("chiyoda-bad", "千代田区", new AgencyBinding("131016", null));
        var before = await api.CountNoticeDocumentsAsync();

        var response = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone().With(field, value), NoticeBodies.NewKey());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, why);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Problem + "notice-invalid", problem.GetProperty("type").GetString());
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == code);
        Assert.Equal(before, await api.CountNoticeDocumentsAsync());
    }

    [Fact]
    public async Task ARefusedLinkIsNamedByItsHost()
    {
        var token = await api.AgencyTokenAsync("chiyoda-bad", "千代田区", new AgencyBinding("131016", null));

        var response = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token,
            NoticeBodies.Everyone().With("body", "詳しくは https://phish.example.net/a をご覧ください"), NoticeBodies.NewKey());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains("phish.example.net", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ASendWithoutAnIdempotencyKeyIsRefusedAndStoresNothing()
    {
        var token = await api.AgencyTokenAsync("chiyoda-bad", "千代田区", new AgencyBinding("131016", null));
        var before = await api.CountNoticeDocumentsAsync();

        var response = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Problem + "idempotency-key-invalid", problem.GetProperty("type").GetString());
        Assert.Equal(before, await api.CountNoticeDocumentsAsync());
    }

    [Fact]
    public async Task TheSameKeyAndBodyAnswerTheSameNoticeAndStoreOneDocument()
    {
        var token = await api.AgencyTokenAsync("chiyoda-retry", "千代田区", new AgencyBinding("131016", null));
        var key = NoticeBodies.NewKey();
        var notice = NoticeBodies.Everyone();
        var before = await api.CountNoticeDocumentsAsync();

        var first = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, notice, key);
        var again = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, notice, key);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(),
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(before + 1, await api.CountNoticeDocumentsAsync());
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBodyIsRefusedWith422()
    {
        var token = await api.AgencyTokenAsync("chiyoda-retry", "千代田区", new AgencyBinding("131016", null));
        var key = NoticeBodies.NewKey();
        await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone("一通目"), key);
        var before = await api.CountNoticeDocumentsAsync();

        var other = await api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone("二通目"), key);
        var problem = await other.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(Problem + "idempotency-key-reused", problem.GetProperty("type").GetString());
        Assert.Equal(before, await api.CountNoticeDocumentsAsync());
    }
}
