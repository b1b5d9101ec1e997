using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Bot.Channels.WebChat.Streams;
using Bot.Core.Channels;
using Bot.Core.Messages;
using ChannelNames = Bot.Core.Messages.Channels;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.WebChat.Tests;

public sealed class WebChatMessagesTests(WebChatHost host) : IClassFixture<WebChatHost>
{
    [Fact]
    public async Task Posting_a_message_hands_it_to_the_engine_and_returns_the_user_text_and_the_replies_in_sequence()
    {
        var browser = host.NewBrowser();

        var entries = await Browser.EntriesAsync(await browser.PostAsync(new { text = "転入届を出したい" }));

        Assert.Equal(["user", "bot", "bot"], entries.Select(e => e.GetProperty("from").GetString()));
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal("転入届を出したい", entries[0].GetProperty("text").GetString());
        Assert.Equal("text", entries[1].GetProperty("message").GetProperty("kind").GetString());
        Assert.Equal("choices", entries[2].GetProperty("message").GetProperty("kind").GetString());
        Assert.Equal("search", entries[2].GetProperty("message").GetProperty("choices")[0].GetProperty("action").GetString());
        var turn = host.Engine.Turns.Single(t => t.User.UserId == browser.UserId);
        Assert.Equal(new ChannelUser(ChannelNames.WebChat, browser.UserId), turn.User);
        Assert.Equal("転入届を出したい", turn.Text);
    }

    [Fact]
    public async Task Posted_messages_and_replies_are_stored_and_fetched_after_a_sequence_number()
    {
        var browser = host.NewBrowser();
        await browser.PostAsync(new { text = "こんにちは" });
        await browser.PostAsync(new { action = "search", label = "さがす" });

        var all = await Browser.EntriesAsync(await browser.PollAsync(0));
        var later = await Browser.EntriesAsync(await browser.PollAsync(3));

        Assert.Equal(Enumerable.Range(1, 6).Select(i => (long)i), all.Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal([4L, 5L, 6L], later.Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal("さがす", later[0].GetProperty("text").GetString());
        Assert.Contains(host.Engine.Turns, t => t.User.UserId == browser.UserId && t.Action == "search" && t.Text is null);
    }

    [Fact]
    public async Task A_poll_with_nothing_new_waits_for_the_timeout_and_answers_with_no_entries()
    {
        var browser = host.NewBrowser();
        await browser.PostAsync(new { text = "こんにちは" });

        var watch = Stopwatch.StartNew();
        var entries = await Browser.EntriesAsync(await browser.PollAsync(3));

        Assert.Empty(entries);
        Assert.True(watch.Elapsed >= WebChatHost.LongPollTimeout - TimeSpan.FromMilliseconds(100), $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task A_waiting_poll_answers_as_soon_as_a_proactive_message_is_appended()
    {
        var browser = host.NewBrowser();
        await browser.PostAsync(new { text = "こんにちは" });
        var sender = host.App.Services.GetServices<IProactiveSender>().Single(s => s.Channel == ChannelNames.WebChat);

        var watch = Stopwatch.StartNew();
        var poll = browser.PollAsync(3);
        // The poll asks to be woken before it reads: from then on an append wakes it, whether before or after its read.
        var signals = host.App.Services.GetRequiredService<WebChatSignals>();
        while (!signals.IsAwaited(browser.UserId))
        {
            Assert.False(poll.IsCompleted, "The poll answered before it waited.");
            Assert.True(watch.Elapsed < WebChatHost.LongPollTimeout, "The poll did not start waiting.");
            await Task.Delay(10);
        }
        await sender.SendAsync(new ChannelUser(ChannelNames.WebChat, browser.UserId), [new TextMessage("申請の状況が変わりました。")], default);
        var entries = await Browser.EntriesAsync(await poll);

        var entry = Assert.Single(entries);
        Assert.Equal(4, entry.GetProperty("seq").GetInt64());
        Assert.Equal("申請の状況が変わりました。", entry.GetProperty("message").GetProperty("text").GetString());
        Assert.True(watch.Elapsed < WebChatHost.LongPollTimeout, $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task Another_browser_never_sees_the_first_browsers_messages()
    {
        var first = host.NewBrowser();
        var second = host.NewBrowser();
        await first.PostAsync(new { text = "私の相談です" });

        var seen = await Browser.EntriesAsync(await second.PollAsync(0));

        Assert.Empty(seen);
        Assert.NotNull(second.Cookie);
        Assert.NotEqual(first.Cookie, second.Cookie);
        var own = await Browser.EntriesAsync(await second.PostAsync(new { text = "別の相談です" }));
        Assert.Equal(1, own[0].GetProperty("seq").GetInt64());
        Assert.DoesNotContain(await Browser.EntriesAsync(await second.PollAsync(0)),
            e => e.TryGetProperty("text", out var text) && text.GetString() == "私の相談です");
    }

    [Fact]
    public async Task The_first_call_sets_an_http_only_same_site_strict_cookie_with_128_random_bits()
    {
        var browser = host.NewBrowser();

        var response = await browser.PollAsync(0);

        var header = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", header, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", header, StringComparison.OrdinalIgnoreCase); // plain http in the test
        Assert.Equal(16, Convert.FromBase64String(browser.Cookie!.Replace('-', '+').Replace('_', '/') + "==").Length);
        var again = await browser.PollAsync(0, new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        Assert.False(again.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Behind_an_https_front_end_the_cookie_is_secure()
    {
        var browser = host.NewBrowser();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/webchat");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await browser.SendAsync(request);

        Assert.Contains("secure", response.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("123456789018")]
    [InlineData("私の番号は 1234 5678 9018 です")]
    [InlineData("１２３４－５６７８－９０１８")]
    public async Task A_text_that_looks_like_an_individual_number_is_refused_and_never_stored_nor_seen_by_the_engine(string text)
    {
        var browser = host.NewBrowser();
        await browser.PollAsync(0, new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

        var response = await browser.PostAsync(new { text });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("個人番号は送信できません", problem.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain(host.Engine.Turns, t => t.User.UserId == browser.UserId);
        Assert.Empty(await Browser.EntriesAsync(await browser.PollAsync(0)));
    }

    [Theory]
    [InlineData("""{}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"text":"   "}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"text":""", HttpStatusCode.BadRequest)]
    public async Task An_empty_or_broken_message_is_refused_with_a_problem(string body, HttpStatusCode status)
    {
        var browser = host.NewBrowser();

        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/webchat/messages")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("X-Correlation-ID"));
    }

    [Fact]
    public async Task A_message_not_sent_as_json_is_refused_so_other_sites_cannot_post_a_plain_form()
    {
        var browser = host.NewBrowser();

        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/webchat/messages")
        {
            Content = new FormUrlEncodedContent([new("text", "こんにちは")]),
        });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_health_endpoint_answers_healthy_with_the_database_reachable()
    {
        var response = await host.App.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
