using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Notices.Events;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Notices.Sending;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Notices.Agency;
using Portal.Functions.Tests.Notices.Inbox;

namespace Portal.Functions.Tests.Notices.Delivery;

/// <summary>
/// From an agency's POST to the pages the chatbot pushes: the publisher starts a published notice's fan-out at once,
/// the fan-out (the host's queue trigger) pages the registered residents of the notice's area to the chatbot's queue,
/// naming only the sender; scheduled and withdrawn notices push nothing until, or after, they are live.
/// </summary>
public sealed class NoticeDeliveryHttpTests(NoticeDeliveryFixture fixture) : IClassFixture<NoticeDeliveryFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private AccountsApi Api => fixture.Api;

    private InboxSeeds Seeds => new(Api);

    [Fact]
    public async Task ANoticeToEveryoneInChiyodaIsPushedToItsResidentsOnlyNamingOnlyTheSender()
    {
        var (inChiyoda, _) = await Seeds.ResidentAsync("東京都千代田区霞が関2-1-2");
        var (inChuo, _) = await Seeds.ResidentAsync("東京都中央区築地1-1-1");
        var (withoutProfile, _) = await Seeds.ResidentAsync();
        var token = await AgencyTokenAsync("chiyoda-push", "千代田区", "131016");

        var id = await SendAsync(token, NoticeBodies.Everyone("子宮頸がん検診のお知らせ"));

        var (raw, page) = await PageOfAsync(id);
        Assert.Contains(inChiyoda, page.AccountIds);
        Assert.DoesNotContain(inChuo, page.AccountIds);
        Assert.DoesNotContain(withoutProfile, page.AccountIds);
        Assert.Equal("千代田区", page.SenderName);
        Assert.Equal($"{id}.0", page.PageId);
        Assert.DoesNotContain("検診", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("chiyoda.lg.jp", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APrefectureNoticeReachesTheResidentsOfEveryMunicipalityInIt()
    {
        var (inChiyoda, _) = await Seeds.ResidentAsync("東京都千代田区霞が関2-1-2");
        var (inChuo, _) = await Seeds.ResidentAsync("東京都中央区築地1-1-1");
        var (inOsaka, _) = await Seeds.ResidentAsync("大阪府大阪市北区中之島1-3-20");
        var token = await AgencyTokenAsync("tokyo-push", "東京都", "130001");

        var id = await SendAsync(token, NoticeBodies.Everyone("都からのお知らせ"));

        var reached = (await PagesOfAsync(id)).SelectMany(p => p.AccountIds).ToList();
        Assert.Contains(inChiyoda, reached);
        Assert.Contains(inChuo, reached);
        Assert.DoesNotContain(inOsaka, reached);
    }

    [Fact]
    public async Task APrefectureNoticePagesEachMunicipalityAsAChainWhoseRedeliveredPageKeepsItsId()
    {
        var (inChiyoda, _) = await Seeds.ResidentAsync("東京都千代田区霞が関2-1-2");
        var token = await AgencyTokenAsync("tokyo-chains", "東京都", "130001");
        var id = await SendAsync(token, NoticeBodies.Everyone("都からの再配信テスト"));
        var chiyodaPage = Assert.Single(await PagesOfAsync(id), p => p.AccountIds.Contains(inChiyoda));

        // The queue delivers the chain's first message again (say its instance died after pushing).
        await Api.Host.Services.GetRequiredService<NoticeFanOut>()
            .RunAsync(new NoticeFanOutPage(id, "lg-130001", 0, null, Chain: "131016"), CancellationToken.None);

        Assert.Equal($"{id}.131016.0", chiyodaPage.PageId);
        var again = (await PeekAsync(id)).Select(p => p.Page).Where(p => p.AccountIds.Contains(inChiyoda)).ToList();
        Assert.Equal(2, again.Count);
        Assert.All(again, p => Assert.Equal(chiyodaPage.PageId, p.PageId));
    }

    [Fact]
    public async Task AScheduledNoticeIsPushedOnlyOnceItsTimeHasComeAndOnlyOnce()
    {
        var (inChiyoda, _) = await Seeds.ResidentAsync("東京都千代田区霞が関2-1-2");
        var token = await AgencyTokenAsync("chiyoda-scheduled", "千代田区", "131016");
        var publisher = Api.Host.Services.GetRequiredService<NoticePublisher>();

        var id = await SendAsync(token, NoticeBodies.Scheduled());
        await publisher.StartDueAsync(CancellationToken.None);
        Assert.Empty(await PeekAsync(id));

        Api.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await Task.WhenAll(publisher.StartDueAsync(CancellationToken.None), publisher.StartDueAsync(CancellationToken.None));
        await publisher.StartDueAsync(CancellationToken.None);

        var pages = await PagesOfAsync(id);
        Assert.Contains(inChiyoda, Assert.Single(pages).AccountIds);
    }

    [Fact]
    public async Task AWithdrawnNoticeStopsItsFanOutAtTheNextPage()
    {
        await Seeds.ResidentAsync("東京都千代田区霞が関2-1-2");
        var token = await AgencyTokenAsync("chiyoda-withdrawn", "千代田区", "131016");
        var id = await SendAsync(token, NoticeBodies.Scheduled("取り下げるお知らせ"));
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, $"/api/agency/notices/{id}", token), 200);

        await Api.Host.Services.GetRequiredService<NoticeFanOut>()
            .RunAsync(new NoticeFanOutPage(id, "lg-131016", 3, null), CancellationToken.None);

        Assert.Empty(await PeekAsync(id));
    }

    private Task<string> AgencyTokenAsync(string clientId, string name, string code) =>
        AgencyNoticeApiHost.AgencyTokenAsync(Api.Host.Services, clientId, name, new AgencyBinding(code, null));

    private async Task<string> SendAsync(string token, object body)
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, body,
            r => r.Headers.TryAddWithoutValidation("Idempotency-Key", NoticeBodies.NewKey()));
        return (await AccountsApi.ExpectAsync(response, 201)).GetProperty("id").GetString()!;
    }

    private async Task<(string Raw, NoticePushPage Page)> PageOfAsync(string noticeId)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var found = await PeekAsync(noticeId);
            if (found.Count > 0)
            {
                return found[0];
            }
            Assert.True(DateTime.UtcNow < deadline, $"No push page of {noticeId} on the chatbot's queue within {Wait}.");
            await Task.Delay(200);
        }
    }

    /// <summary>Every page of the notice, once the first arrived and the fan-out had time to finish.</summary>
    private async Task<IReadOnlyList<NoticePushPage>> PagesOfAsync(string noticeId)
    {
        await PageOfAsync(noticeId);
        await Task.Delay(TimeSpan.FromSeconds(1));
        return [.. (await PeekAsync(noticeId)).Select(p => p.Page)];
    }

    private async Task<IReadOnlyList<(string Raw, NoticePushPage Page)>> PeekAsync(string noticeId)
    {
        var queue = new QueueClient(Api.Stack.Storage.ConnectionString, fixture.BotEventsQueue,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        if (!await queue.ExistsAsync())
        {
            return [];
        }
        var messages = (await queue.PeekMessagesAsync(32)).Value;
        return [.. messages.Select(m => m.Body.ToString())
            .Select(raw => (Raw: raw, Json: JsonDocument.Parse(raw).RootElement))
            .Where(m => m.Json.TryGetProperty("kind", out var kind) && kind.GetString() == NoticePushPage.EventKind
                && m.Json.GetProperty("noticeId").GetString() == noticeId)
            .Select(m => (m.Raw, m.Json.Deserialize<NoticePushPage>(JsonSerializerOptions.Web)!))];
    }
}
