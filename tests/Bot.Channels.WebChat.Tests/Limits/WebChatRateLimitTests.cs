using System.Net;
using System.Text.Json;

namespace Bot.Channels.WebChat.Tests.Limits;

/// <summary>The web chat's limits through HTTP: who is refused, with what words, and that a refused post changes nothing.</summary>
public sealed class WebChatRateLimitTests(LimitedWebChatHost host) : IClassFixture<LimitedWebChatHost>
{
    [Fact]
    public async Task A_user_over_the_post_limit_is_refused_with_a_japanese_problem_and_retry_after_and_nothing_changes()
    {
        var browser = host.NewBrowser("198.51.100.1");
        for (var i = 0; i < LimitedWebChatHost.UserPostLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync(new { text = $"相談{i}" })).StatusCode);
        }
        var before = await Browser.EntriesAsync(await browser.PollAsync(0));

        var refused = await browser.PostAsync(new { text = "ログイン" });

        await AssertTooManyRequestsAsync(refused);
        Assert.Equal(LimitedWebChatHost.UserPostLimit, host.Engine.Turns.Count(t => t.User.UserId == browser.UserId));
        Assert.DoesNotContain(host.Engine.Turns, t => t.User.UserId == browser.UserId && t.Text == "ログイン");
        var after = await Browser.EntriesAsync(await browser.PollAsync(0));
        Assert.Equal(before.Select(e => e.GetRawText()), after.Select(e => e.GetRawText()));
    }

    [Fact]
    public async Task Another_user_from_another_address_is_not_affected_by_a_refused_one()
    {
        var flooding = host.NewBrowser("198.51.100.2");
        HttpResponseMessage last;
        do
        {
            last = await flooding.PostAsync(new { text = "ログイン" });
        }
        while (last.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);

        var other = host.NewBrowser("198.51.100.3");
        var entries = await Browser.EntriesAsync(await other.PostAsync(new { text = "こんにちは" }));

        Assert.Equal("こんにちは", entries[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Users_behind_one_address_share_its_post_limit()
    {
        var first = host.NewBrowser("198.51.100.4");
        var second = host.NewBrowser("198.51.100.4");
        for (var i = 0; i < LimitedWebChatHost.UserPostLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.PostAsync(new { text = $"相談{i}" })).StatusCode);
        }
        for (var i = LimitedWebChatHost.UserPostLimit; i < LimitedWebChatHost.AddressPostLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await second.PostAsync(new { text = $"相談{i}" })).StatusCode);
        }

        await AssertTooManyRequestsAsync(await second.PostAsync(new { text = "もう一件" }));
    }

    /// <summary>Every way in issues a cookie, and every one counts: clearing cookies gets no fresh user past the limit.</summary>
    [Theory]
    [InlineData("page", "192.0.2.1", "192.0.2.2")]
    [InlineData("poll", "192.0.2.3", "192.0.2.4")]
    [InlineData("post", "192.0.2.5", "192.0.2.6")]
    public async Task Fresh_cookies_from_one_address_are_refused_after_the_new_user_limit_and_another_address_still_gets_one(
        string way, string address, string otherAddress)
    {
        var browser = host.NewBrowser(address);
        var cookies = new HashSet<string>();
        for (var i = 0; i < LimitedWebChatHost.AddressNewUserLimit; i++)
        {
            browser.ClearCookies();
            Assert.True((await EnterAsync(browser, way)).IsSuccessStatusCode);
            cookies.Add(browser.Cookie!);
        }
        Assert.Equal(LimitedWebChatHost.AddressNewUserLimit, cookies.Count);
        browser.ClearCookies();
        var turns = host.Engine.Turns.Count;

        var refused = await EnterAsync(browser, way);

        Assert.False(refused.Headers.Contains("Set-Cookie"));
        Assert.Null(browser.Cookie);
        if (way == "page")
        {
            // The page is served without a cookie; its first call is refused with words it shows.
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            await AssertTooManyRequestsAsync(await browser.PollAsync(0));
        }
        else
        {
            await AssertTooManyRequestsAsync(refused);
        }
        Assert.Equal(turns, host.Engine.Turns.Count);
        var other = host.NewBrowser(otherAddress);
        Assert.True((await EnterAsync(other, way)).IsSuccessStatusCode);
        Assert.NotNull(other.Cookie);
    }

    [Fact]
    public async Task A_second_long_poll_of_one_user_is_refused_while_the_first_waits_and_admitted_after()
    {
        var browser = host.NewBrowser("198.51.100.5");
        await Browser.EntriesAsync(await browser.PostAsync(new { text = "こんにちは" }));
        var waiting = browser.PollAsync(3);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var second = await browser.PollAsync(3);

        await AssertTooManyRequestsAsync(second);
        Assert.Empty(await Browser.EntriesAsync(await waiting));
        Assert.Equal(HttpStatusCode.OK, (await browser.PollAsync(0)).StatusCode);
    }

    [Fact]
    public async Task A_refusal_is_logged_by_limit_without_the_address_the_cookie_or_the_user_id()
    {
        var browser = host.NewBrowser("198.51.100.6");
        HttpResponseMessage last;
        do
        {
            last = await browser.PostAsync(new { text = "ログイン" });
        }
        while (last.IsSuccessStatusCode);

        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("Web chat limit UserPosts refused", StringComparison.Ordinal));
        var logged = host.Logs.All;
        Assert.DoesNotContain("198.51.100.6", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(browser.Cookie!, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(browser.UserId, logged, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> EnterAsync(Browser browser, string way) => way switch
    {
        "page" => browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/webchat")),
        "poll" => browser.PollAsync(0),
        _ => browser.PostAsync(new { text = "ログイン" }),
    };

    private static async Task AssertTooManyRequestsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("しばらくお待ちください", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("もう一度お試しください", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, problem.RootElement.GetProperty("retryAfter").GetInt32());
    }
}
