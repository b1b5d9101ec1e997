using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices.Delivery;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Notices.Agency;
using Portal.Functions.Tests.Notices.Delivery;
using Portal.Functions.Tests.Notices.Inbox;
using Portal.Testing;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.Notices.Preferences;

/// <summary>
/// From an agency's POST to the chatbot's pages and the SMTP sink, as each resident's 通知設定 choose: chat and e-mail
/// per category, quiet hours (a normal notice waits for their end, an important 防災 one does not), and interests.
/// Every resident still finds the notice in their inbox.
/// </summary>
public sealed class NoticeDeliveryPreferencesHttpTests(NoticeDeliveryFixture fixture) : IClassFixture<NoticeDeliveryFixture>
{
    private const string Chiyoda = "東京都千代田区霞が関2-1-2";

    private AccountsApi Api => fixture.Api;

    private InboxSeeds Seeds => new(Api);

    private NoticePushPages Pages => new(Api, fixture.BotEventsQueue);

    [Fact]
    public async Task Each_resident_is_pushed_and_emailed_only_on_the_channels_they_chose_and_all_find_the_notice_in_their_inbox()
    {
        var chatOnly = await ResidentAsync(PreferenceBodies.Of(PreferenceBodies.Channels("chat"), quietOff: true));
        var emailOnly = await ResidentAsync(PreferenceBodies.Of(PreferenceBodies.Channels("email"), quietOff: true));
        var neither = await ResidentAsync(PreferenceBodies.Of(PreferenceBodies.Channels(), quietOff: true));

        var id = await SendAsync("chiyoda-channels", NoticeBodies.Everyone("健診のお知らせ"));

        var page = await Pages.WaitForAsync(id, p => p.AccountIds.Contains(chatOnly.Id));
        Assert.DoesNotContain(emailOnly.Id, page.AccountIds);
        Assert.DoesNotContain(neither.Id, page.AccountIds);
        var mail = await MailSink.WaitForAsync(Api.Stack, emailOnly.Email, TimeSpan.FromSeconds(60), IsNotice);
        Assert.Contains("千代田区からお知らせがあります", mail.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("今年度の検診", mail.GetProperty("text").GetString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<TimeoutException>(() => MailSink.WaitForAsync(Api.Stack, neither.Email, TimeSpan.FromSeconds(2), IsNotice));
        await Assert.ThrowsAsync<TimeoutException>(() => MailSink.WaitForAsync(Api.Stack, chatOnly.Email, TimeSpan.FromSeconds(1), IsNotice));
        Assert.Contains(id, await Seeds.IdsAsync(neither.Token));
    }

    [Fact]
    public async Task A_normal_notice_at_ten_at_night_waits_for_the_end_of_default_quiet_hours_and_an_important_disaster_one_does_not()
    {
        fixture.MoveClockTo(22, 0);
        var sleeping = await ResidentAsync();
        var awake = await ResidentAsync(PreferenceBodies.Of(PreferenceBodies.Channels("chat"), quietOff: true));

        var normal = await SendAsync("chiyoda-night", NoticeBodies.Everyone("夜のお知らせ"));
        var urgent = await SendAsync("chiyoda-evacuation", NoticeBodies.Everyone("避難指示").With("category", "disaster").With("importance", "important"));

        var normalPage = await Pages.WaitForAsync(normal, p => p.AccountIds.Contains(awake.Id));
        Assert.DoesNotContain(sleeping.Id, normalPage.AccountIds);
        Assert.Contains(sleeping.Id, (await Pages.WaitForAsync(urgent, p => p.AccountIds.Contains(sleeping.Id))).AccountIds);
        Assert.DoesNotContain(await Pages.PeekAsync(normal), p => p.AccountIds.Contains(sleeping.Id));
    }

    [Fact]
    public async Task A_notice_held_by_quiet_hours_is_pushed_in_a_page_of_its_own_when_they_end()
    {
        fixture.MoveClockTo(7, 59, 50);
        var sleeping = await ResidentAsync();

        var id = await SendAsync("chiyoda-dawn", NoticeBodies.Everyone("朝のお知らせ"));

        var held = await Pages.WaitForAsync(id, p => p.AccountIds.Contains(sleeping.Id));
        Assert.EndsWith(".held-0800", held.PageId, StringComparison.Ordinal);
        Assert.StartsWith($"{id}.0", held.PageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_held_by_quiet_hours_of_a_notice_withdrawn_meanwhile_are_not_pushed_when_they_end_nor_counted_as_pending()
    {
        fixture.MoveClockTo(7, 59, 55);
        var sleeping = await ResidentAsync();
        var token = await AgencyNoticeApiHost.AgencyTokenAsync(Api.Host.Services, "chiyoda-withdrawn-dawn", "千代田区", new AgencyBinding("131016", null));
        var id = await SendAsAsync(token, NoticeBodies.Everyone("取り下げる朝のお知らせ"));
        await FiguresAsync(token, id, f => f.GetProperty("pending").GetInt32() > 0);

        var withdrawn = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Delete, $"/api/agency/notices/{id}", token), 200);

        Assert.Equal(0, withdrawn.GetProperty("delivery").GetProperty("pending").GetInt32());
        // The held page becomes visible on the fan-out queue at 08:00 (five seconds on) and is handled to the end.
        await Task.Delay(TimeSpan.FromSeconds(6));
        await QueueDrain.UntilEmptyAsync(new QueueClient(Api.Stack.Storage.ConnectionString,
            Api.Host.Services.GetRequiredService<IConfiguration>()[NoticeFanOutQueue.QueueSetting]), TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(await Pages.PeekAsync(id), p => p.AccountIds.Contains(sleeping.Id));
        Assert.Equal(0, (await FiguresAsync(token, id, _ => true)).GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task A_segment_for_the_interested_reaches_the_inbox_and_the_chat_of_residents_who_chose_its_category_only()
    {
        var keen = await ResidentAsync(PreferenceBodies.Of(PreferenceBodies.Channels("chat"), ["health"], quietOff: true));
        var other = await ResidentAsync(PreferenceBodies.Of(PreferenceBodies.Channels("chat"), ["tax"], quietOff: true));
        var segment = new Dictionary<string, object?> { ["kind"] = "segment", ["interestedOnly"] = true };

        var id = await SendAsync("chiyoda-interests", NoticeBodies.Everyone("健康づくり講座").With("audience", segment));

        var page = await Pages.WaitForAsync(id, p => p.AccountIds.Contains(keen.Id));
        Assert.DoesNotContain(other.Id, page.AccountIds);
        Assert.Contains(id, await Seeds.IdsAsync(keen.Token));
        Assert.DoesNotContain(id, await Seeds.IdsAsync(other.Token));
    }

    private static bool IsNotice(System.Text.Json.JsonElement mail) =>
        mail.GetProperty("subject").GetString()!.Contains("お知らせがあります", StringComparison.Ordinal);

    private async Task<(string Id, string Token, string Email)> ResidentAsync(object? preferences = null)
    {
        var (id, token) = await Seeds.ResidentAsync(Chiyoda);
        var email = (await Api.Host.Services.GetRequiredService<AccountRepository>().FindAsync(id, CancellationToken.None))!.Document.Email!;
        if (preferences is not null)
        {
            AccountsApi.Expect(await Api.SendAsync(HttpMethod.Put, "/api/me/notification-preferences", token, preferences), 200);
        }
        return (id, token, email);
    }

    private async Task<string> SendAsync(string clientId, object body) =>
        await SendAsAsync(await AgencyNoticeApiHost.AgencyTokenAsync(Api.Host.Services, clientId, "千代田区", new AgencyBinding("131016", null)), body);

    private async Task<string> SendAsAsync(string token, object body)
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, body,
            r => r.Headers.TryAddWithoutValidation("Idempotency-Key", NoticeBodies.NewKey()));
        return (await AccountsApi.ExpectAsync(response, 201)).GetProperty("id").GetString()!;
    }

    /// <summary>The notice's delivery figures, as its agency reads them, once <paramref name="until"/> holds for them.</summary>
    private async Task<System.Text.Json.JsonElement> FiguresAsync(string token, string id, Func<System.Text.Json.JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(40);
        while (true)
        {
            var figures = (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/agency/notices/{id}", token), 200))
                .GetProperty("delivery");
            if (until(figures))
            {
                return figures;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The figures of {id} stayed {figures.GetRawText()}.");
            await Task.Delay(200);
        }
    }
}
