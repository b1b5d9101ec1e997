using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Inbox;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Notices.Inbox;

/// <summary>
/// お知らせ as a resident reads them over HTTP. The host (and its national partition) is shared by the class, so each
/// test asserts on the notices it made: present where they should be, absent where not, in order.
/// </summary>
public sealed class NoticeInboxHttpTests(NoticeInboxFixture fixture) : IClassFixture<NoticeInboxFixture>
{
    private AccountsApi Api => fixture.Api;

    private InboxSeeds Seeds => new(Api);

    [Fact]
    public async Task A_resident_of_sapporo_chuo_sees_ward_city_prefecture_national_and_own_notices_newest_first_and_no_one_elses()
    {
        var (me, token) = await Seeds.ResidentAsync(InboxSeeds.ChuoSapporo);
        var (stranger, _) = await Seeds.ResidentAsync();
        var ward = await Seeds.NoticeAsync(InboxSeeds.AreaOf(InboxSeeds.ChuoSapporo), age: TimeSpan.FromMinutes(1));
        var city = await Seeds.NoticeAsync(InboxSeeds.AreaOf("北海道札幌市"), age: TimeSpan.FromMinutes(2));
        var prefecture = await Seeds.NoticeAsync(InboxSeeds.AreaOf("北海道"), age: TimeSpan.FromMinutes(3));
        var national = await Seeds.NoticeAsync(AudienceKeys.National, age: TimeSpan.FromMinutes(4));
        var own = await Seeds.NoticeAsync(AudienceKeys.Resident(me), age: TimeSpan.FromMinutes(5));
        string[] others =
        [
            await Seeds.NoticeAsync(InboxSeeds.AreaOf("北海道札幌市北区北8条西2丁目")),
            await Seeds.NoticeAsync(InboxSeeds.AreaOf("大阪府")),
            await Seeds.NoticeAsync(AudienceKeys.Resident(stranger)),
        ];

        var items = await Seeds.AllAsync(token);
        var ids = items.Select(i => i.GetProperty("id").GetString()!).ToList();

        Assert.Equal([ward, city, prefecture, national, own], ids.Where(new[] { ward, city, prefecture, national, own }.Contains));
        Assert.Empty(ids.Intersect(others));
        Assert.Equal(items.Select(PublishedAt).OrderDescending(), items.Select(PublishedAt));
        foreach (var other in others)
        {
            await ExpectNotFoundAsync(token, other);
        }
    }

    [Fact]
    public async Task A_list_item_has_the_summary_fields_and_a_japanese_category_label_but_no_body()
    {
        var (me, token) = await Seeds.ResidentAsync();
        var id = await Seeds.NoticeAsync(AudienceKeys.Resident(me), category: NoticeCategories.Childcare, title: "予防接種のお知らせ");

        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/notices", token);
        var item = (await AccountsApi.ExpectAsync(response, 200)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

        Assert.Equal(["id", "title", "senderName", "category", "categoryLabel", "importance", "publishedAt", "read"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("予防接種のお知らせ", item.GetProperty("title").GetString());
        Assert.Equal("子育て", item.GetProperty("categoryLabel").GetString());
        Assert.False(item.GetProperty("read").GetBoolean());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_resident_without_a_profile_sees_national_and_own_notices_only()
    {
        var (me, token) = await Seeds.ResidentAsync();
        var national = await Seeds.NoticeAsync(AudienceKeys.National, age: TimeSpan.FromMinutes(1));
        var own = await Seeds.NoticeAsync(AudienceKeys.Resident(me), age: TimeSpan.FromMinutes(2));
        var area = await Seeds.NoticeAsync(InboxSeeds.AreaOf("東京都千代田区"));
        var segment = await Seeds.NoticeAsync(AudienceKeys.National, new NoticeAudience(NoticeAudienceKinds.Segment, MinAge: 0));

        var ids = await Seeds.IdsAsync(token);

        Assert.Equal([national, own], ids.Where(new[] { national, own, area, segment }.Contains));
        await ExpectNotFoundAsync(token, segment);
    }

    [Fact]
    public async Task A_segment_reaches_the_ages_it_names_on_the_publishing_day_and_never_the_uninterested()
    {
        var published = Seeds.Now - TimeSpan.FromMinutes(1);
        var publishDay = DateOnly.FromDateTime(published.ToOffset(TimeSpan.FromHours(9)).DateTime);
        // The 36th birthday is the publishing day: 36 from that day on.
        var (_, token) = await Seeds.ResidentAsync(InboxSeeds.ChuoSapporo, publishDay.AddYears(-36));
        var city = InboxSeeds.AreaOf("北海道札幌市");
        var from36 = await Seeds.NoticeAsync(city, new NoticeAudience(NoticeAudienceKinds.Segment, MinAge: 36), publishAt: published);
        var upTo35 = await Seeds.NoticeAsync(city, new NoticeAudience(NoticeAudienceKinds.Segment, MaxAge: 35), publishAt: published);
        var interested = await Seeds.NoticeAsync(city, new NoticeAudience(NoticeAudienceKinds.Segment, InterestedOnly: true), publishAt: published);

        var ids = await Seeds.IdsAsync(token);

        Assert.Contains(from36, ids);
        Assert.DoesNotContain(upTo35, ids);
        Assert.DoesNotContain(interested, ids);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{from36}", token), 200);
        await ExpectNotFoundAsync(token, upTo35);
        await ExpectNotFoundAsync(token, interested);
    }

    [Fact]
    public async Task Scheduled_expired_and_withdrawn_notices_are_not_listed_and_their_detail_is_not_found()
    {
        var (me, token) = await Seeds.ResidentAsync();
        var key = AudienceKeys.Resident(me);
        var live = await Seeds.NoticeAsync(key);
        string[] gone =
        [
            await Seeds.NoticeAsync(key, publishAt: Seeds.Now.AddDays(1)),
            await Seeds.NoticeAsync(key, publishAt: Seeds.Now.AddDays(-30), expiresAt: Seeds.Now.AddMinutes(-1)),
            await Seeds.NoticeAsync(key, withdrawnAt: Seeds.Now.AddSeconds(-1)),
        ];

        var ids = await Seeds.IdsAsync(token);

        Assert.Contains(live, ids);
        Assert.Empty(ids.Intersect(gone));
        foreach (var id in gone)
        {
            await ExpectNotFoundAsync(token, id);
        }
        await ExpectNotFoundAsync(token, "ntc-AAAAAAAAAAAAAAAA");
        await ExpectNotFoundAsync(token, "not-a-notice-id");
    }

    [Fact]
    public async Task Opening_a_notice_marks_it_read_once_and_the_list_and_unread_count_follow()
    {
        var (me, token) = await Seeds.ResidentAsync();
        var before = (await Seeds.UnreadAsync(token)).GetProperty("unread").GetInt32();
        var id = await Seeds.NoticeAsync(AudienceKeys.Resident(me));
        var added = (await Seeds.UnreadAsync(token)).GetProperty("unread").GetInt32();

        var opens = await Task.WhenAll(
            Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{id}", token),
            Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{id}", token));
        var detail = await AccountsApi.ExpectAsync(opens[0], 200);
        AccountsApi.Expect(opens[1], 200);
        var after = await Seeds.UnreadAsync(token);
        var item = (await Seeds.AllAsync(token)).Single(i => i.GetProperty("id").GetString() == id);
        var marks = await Api.Host.Services.GetRequiredService<NoticeReadMarkRepository>().AllOfAsync(me, CancellationToken.None);

        Assert.Equal(before + 1, added);
        Assert.Equal(before, after.GetProperty("unread").GetInt32());
        Assert.False(after.GetProperty("more").GetBoolean());
        Assert.True(detail.GetProperty("read").GetBoolean());
        Assert.Contains("https://www.example.lg.jp/", detail.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.True(item.GetProperty("read").GetBoolean());
        Assert.Equal([id], marks.Select(m => m.NoticeId));
    }

    [Fact]
    public async Task Another_residents_notice_is_not_found_and_opening_it_writes_no_mark()
    {
        var (owner, _) = await Seeds.ResidentAsync();
        var (stranger, token) = await Seeds.ResidentAsync();
        var id = await Seeds.NoticeAsync(AudienceKeys.Resident(owner));

        await ExpectNotFoundAsync(token, id);

        Assert.Empty(await Api.Host.Services.GetRequiredService<NoticeReadMarkRepository>().AllOfAsync(stranger, CancellationToken.None));
    }

    [Fact]
    public async Task Pages_with_continuations_return_every_notice_exactly_once_newest_first_even_when_times_tie()
    {
        var (me, token) = await Seeds.ResidentAsync();
        var key = AudienceKeys.Resident(me);
        var made = new List<string>();
        for (var i = 0; i < 45; i++)
        {
            // Groups of three share a publishing time, so pages end inside a tie.
            made.Add(await Seeds.NoticeAsync(key, age: TimeSpan.FromMinutes(10 + i / 3)));
        }

        var first = await Seeds.ListAsync(token);
        var items = await Seeds.AllAsync(token);
        var ids = items.Select(i => i.GetProperty("id").GetString()!).ToList();

        Assert.Equal(NoticeInbox.PageSize, first.GetProperty("items").GetArrayLength());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(made.Order(), ids.Where(made.Contains).Order());
        Assert.Equal(items.Select(PublishedAt).OrderDescending(), items.Select(PublishedAt));
    }

    [Theory]
    [InlineData("not base64url!")]
    [InlineData("eyJub3QiOiJvdXJzIn0")]
    [InlineData("bm90IGpzb24")]
    public async Task A_malformed_continuation_is_a_400_problem_naming_it(string continuation)
    {
        var (_, token) = await Seeds.ResidentAsync();

        var response = await Api.SendAsync(HttpMethod.Get, $"/api/me/notices?continuation={Uri.EscapeDataString(continuation)}", token);

        var problem = await AccountsApi.ExpectAsync(response, 400);
        Assert.Equal("invalid-input", await AccountsApi.ProblemTypeAsync(response));
        Assert.Equal("continuation", problem.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_unknown_category_and_an_unread_that_is_not_a_boolean_are_named_together()
    {
        var (_, token) = await Seeds.ResidentAsync();

        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/notices?category=weather&unread=yes", token);

        var problem = await AccountsApi.ExpectAsync(response, 400);
        Assert.Equal(["category", "unread"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task The_category_and_unread_filters_narrow_the_list()
    {
        var (me, token) = await Seeds.ResidentAsync();
        var key = AudienceKeys.Resident(me);
        var taxRead = await Seeds.NoticeAsync(key, category: NoticeCategories.Tax);
        var taxUnread = await Seeds.NoticeAsync(key, category: NoticeCategories.Tax);
        var health = await Seeds.NoticeAsync(key, category: NoticeCategories.Health);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{taxRead}", token), 200);
        string[] mine = [taxRead, taxUnread, health];

        var tax = (await Seeds.IdsAsync(token, "?category=tax")).Intersect(mine);
        var unread = (await Seeds.IdsAsync(token, "?unread=true")).Intersect(mine);
        var read = (await Seeds.IdsAsync(token, "?unread=false")).Intersect(mine);
        var taxAndUnread = (await Seeds.IdsAsync(token, "?category=tax&unread=true")).Intersect(mine);

        Assert.Equal(new[] { taxRead, taxUnread }.Order(), tax.Order());
        Assert.Equal(new[] { taxUnread, health }.Order(), unread.Order());
        Assert.Equal([taxRead], read);
        Assert.Equal([taxUnread], taxAndUnread);
    }

    [Fact]
    public async Task Deleting_the_account_deletes_its_read_marks_and_personal_notices_and_no_area_notice()
    {
        var (me, token) = await Seeds.ResidentAsync(InboxSeeds.ChuoSapporo);
        var own = await Seeds.NoticeAsync(AudienceKeys.Resident(me));
        var ward = await Seeds.NoticeAsync(InboxSeeds.AreaOf(InboxSeeds.ChuoSapporo));
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{own}", token), 200);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{ward}", token), 200);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me", token), 200);

        var notices = Api.Host.Services.GetRequiredService<NoticeRepository>();
        Assert.Empty(await Api.Host.Services.GetRequiredService<NoticeReadMarkRepository>().AllOfAsync(me, CancellationToken.None));
        Assert.Empty(await notices.InPartitionAsync(AudienceKeys.Resident(me), CancellationToken.None));
        Assert.NotNull(await notices.FindAsync(ward, [InboxSeeds.AreaOf(InboxSeeds.ChuoSapporo)], CancellationToken.None));
    }

    [Fact]
    public async Task Logs_name_notices_by_id_and_never_their_title_body_or_the_residents_address()
    {
        var (me, token) = await Seeds.ResidentAsync("北海道札幌市中央区南1条西ログ確認");
        var id = await Seeds.NoticeAsync(AudienceKeys.Resident(me), title: "ログ確認の題名");

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{id}", token), 200);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/notices", token), 200);

        var logs = ProfileReading.LogText(Api);
        Assert.Contains(id, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("ログ確認", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("本文です", logs, StringComparison.Ordinal);
    }

    private async Task ExpectNotFoundAsync(string token, string id)
    {
        var response = await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{Uri.EscapeDataString(id)}", token);
        var problem = await AccountsApi.ExpectAsync(response, 404);
        Assert.Equal("notice-not-found", await AccountsApi.ProblemTypeAsync(response));
        Assert.Contains("お知らせ", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    private static DateTimeOffset PublishedAt(JsonElement item) => item.GetProperty("publishedAt").GetDateTimeOffset();
}
