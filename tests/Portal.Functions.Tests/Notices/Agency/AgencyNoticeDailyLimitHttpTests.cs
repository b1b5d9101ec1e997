using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Domain.Identity.Clients;
using Portal.Testing;

namespace Portal.Functions.Tests.Notices.Agency;

/// <summary>The per-day limit is a durable counter: a second instance of the app over the same database sees it.</summary>
public sealed class AgencyNoticeDailyLimitHttpTests : AgencyNoticeApiHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Notices:PerDayLimit"] = "2" };

    [Fact]
    public async Task OverTheDailyLimitTheNextSendIs429UntilMidnightInJapanOnEveryInstance()
    {
        var token = await AgencyTokenAsync("chiyoda-daily", "千代田区", new AgencyBinding("131016", null));
        foreach (var title in new[] { "一通目", "二通目" })
        {
            var sent = await SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone(title), NoticeBodies.NewKey());
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }
        var before = await CountNoticeDocumentsAsync();

        // Taken before the request: Retry-After is rounded up from the time of the answer, which is later.
        var untilMidnight = (new DateTimeOffset(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).Date.AddDays(1), TimeSpan.FromHours(9))
            - DateTimeOffset.UtcNow).TotalSeconds;
        var refused = await SendAsync(HttpMethod.Post, "/api/agency/notices", token, NoticeBodies.Everyone("三通目"), NoticeBodies.NewKey());
        await using var second = Start(await LocalStack.GetAsync(), Host.DatabaseName);
        var secondToken = await AgencyTokenAsync(second.Services, "chiyoda-daily", "千代田区", new AgencyBinding("131016", null));
        var refusedThere = await SendAsync(second, HttpMethod.Post, "/api/agency/notices", secondToken, NoticeBodies.Everyone("三通目"), NoticeBodies.NewKey());

        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("https://portal.example/problems/notice-daily-limit", problem.GetProperty("type").GetString());
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, untilMidnight - 60, untilMidnight + 1);
        Assert.Equal((HttpStatusCode)429, refusedThere.StatusCode);
        Assert.Equal(before, await CountNoticeDocumentsAsync());
    }
}
