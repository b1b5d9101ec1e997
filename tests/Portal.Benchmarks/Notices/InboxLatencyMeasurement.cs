using System.Diagnostics;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Inbox;
using Portal.Domain.Residents;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// <c>GET /api/me/notices</c> and <c>/unread-count</c> as the function calls them (<see cref="NoticeInbox"/> in
/// process, without HTTP or token checks): the first page, newest first, for a resident whose area chain holds
/// <see cref="LiveNotices"/> live notices spread evenly over its partitions, a few of them already read. Sequential.
/// </summary>
public sealed class InboxLatencyMeasurement(NoticeInbox inbox, NoticeRepository notices, InboxResidents residents)
{
    public const int LiveNotices = 1_000;

    private const int WarmUp = 30;

    private const int Opened = 10;

    public async Task<InboxLatency> MeasureAsync(string accountId, int samples)
    {
        var none = CancellationToken.None;
        var resident = ResidentContext.Self(accountId, "web");
        var who = await residents.OfAsync(resident, none);
        var chain = who.Chain.Keys;
        await SeedAsync(chain);
        var first = await inbox.ListAsync(resident, null, null, null, none);
        foreach (var item in first.Items.Take(Opened))
        {
            await inbox.OpenAsync(resident, item.Notice.Id, none);
        }

        var list = new List<double>(samples);
        var unread = new List<double>(samples);
        UnreadNoticeCount count = new(0, false);
        var page = first;
        for (var i = 0; i < WarmUp + samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            page = await inbox.ListAsync(resident, null, null, null, none);
            var listed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            started = Stopwatch.GetTimestamp();
            count = await inbox.UnreadCountAsync(resident, none);
            var counted = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i >= WarmUp)
            {
                list.Add(listed);
                unread.Add(counted);
            }
        }
        var live = await CountLiveAsync(who.AudienceKeys);
        return new InboxLatency(live, who.AudienceKeys.Count, page.Items.Count, count.Unread, count.More, list, unread);
    }

    /// <summary>
    /// <see cref="LiveNotices"/> notices to everyone in each partition of the chain in turn, published over the last
    /// 1,000 minutes, as agencies' sends store them (written directly: one agency may send 1,000 a day, four would be needed).
    /// </summary>
    private async Task SeedAsync(IReadOnlyList<string> chain)
    {
        var now = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(0, LiveNotices), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
        {
            var key = chain[i % chain.Count];
            var code = key == AudienceKeys.National ? null : key["lg-".Length..];
            var published = now.AddMinutes(-LiveNotices + i);
            await notices.CreateAsync(new Notice
            {
                Id = NoticeIdentifiers.NewNoticeId(), AudienceKey = key, AgencyClientId = $"bench-agency-{code ?? "national"}",
                SenderName = "ベンチマーク", SenderLocalGovernmentCode = code, Audience = new NoticeAudience(NoticeAudienceKinds.Everyone, code),
                Title = $"お知らせ {i}", Body = "受信箱の読み取り時間を測るためのお知らせです。\n\n詳しくは https://www.city.example.lg.jp/ をご覧ください。",
                Category = NoticeCategories.All[i % NoticeCategories.All.Count], Importance = NoticeImportance.Normal,
                PublishAt = published, ExpiresAt = now.AddDays(30), CreatedAt = published, UpdatedAt = published,
                FanOutStartedAt = published, IdempotencyKeyHash = Guid.NewGuid().ToString("N"), Ttl = 60 * 60 * 24 * 60,
            }, token);
        });
    }

    private async Task<int> CountLiveAsync(IReadOnlyList<string> keys)
    {
        var (live, continuation) = (0, (string?)null);
        do
        {
            var page = await notices.LiveAsync(new LiveNoticeQuery(keys, DateTimeOffset.UtcNow), 500, continuation, CancellationToken.None);
            (live, continuation) = (live + page.Items.Count, page.ContinuationToken);
        }
        while (continuation is not null);
        return live;
    }
}
