using Bot.Channels.WebChat.Users;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Sessions;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Testing;

namespace Bot.WebChat.Browser.Tests;

/// <summary>
/// わたしの情報 in the web chat and its content page in chromium: 千代田区 registered tax records (one withheld) through
/// the agencies' API; the chat answers with counts and a link; the link's page shows only a button, pressing it shows
/// the labels and values (and 不開示), and the link cannot be used again. The chat's login is put in place directly.
/// </summary>
public sealed class InformationInBrowserTests(BotOnKestrel host) : IClassFixture<BotOnKestrel>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Long = new() { Timeout = 60_000 };

    [Fact]
    public async Task TheLinkShowsTheRecordsOnceAfterTheButtonIsPressed()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "ja-JP", TimezoneId = "Asia/Tokyo",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "api/webchat").ToString());
        var log = page.GetByRole(AriaRole.Log);
        await Expect(log.GetByRole(AriaRole.Button, new() { Name = "わたしの情報", Exact = true }).Last).ToBeVisibleAsync();

        var cookie = (await context.CookiesAsync()).Single(c => c.Name == WebChatUserCookie.Name);
        var user = new ChannelUser(global::Bot.Core.Messages.Channels.WebChat, WebChatUserCookie.UserIdOf(cookie.Value));
        var account = await ResidentAsync();
        await LogInAsync(user, account);
        using (var http = host.Portal.CreateClient())
        {
            var chiyoda = InformationAgency.OfChiyoda(host.Portal.Services, http);
            await chiyoda.PutTaxAsync(account, "tax-2024", 2024, 4_812_345);
            await chiyoda.PutWithheldAsync(account, "tax-income", "tax-dv");
        }

        await PressAsync(page, "わたしの情報");
        await PressAsync(page, "税・所得・口座");
        await PressAsync(page, "税・所得");
        var box = page.GetByRole(AriaRole.Textbox, new() { Name = "メッセージ" });
        await box.FillAsync("令和6年7月1日");
        await box.PressAsync("Enter");

        await Expect(log.GetByText("税・所得: 2件（千代田区 2件）、不開示 1件", new() { Exact = false }).Last).ToBeVisibleAsync(Long);
        await Expect(log.GetByText("4812345", new() { Exact = false })).ToHaveCountAsync(0);
        var href = await log.GetByRole(AriaRole.Link, new() { Name = "内容を表示する", Exact = true }).Last.GetAttributeAsync("href");
        Assert.StartsWith(new Uri(host.BaseAddress, "api/content/").ToString(), href, StringComparison.Ordinal);

        var content = await context.NewPageAsync();
        var offered = await content.GotoAsync(href!);
        Assert.Equal("no-store", offered!.Headers["cache-control"]);
        Assert.Equal("no-referrer", offered.Headers["referrer-policy"]);
        Assert.StartsWith("default-src 'none';", offered.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", offered.Headers["content-security-policy"], StringComparison.Ordinal);
        await Expect(content.GetByText("税・所得（令和6年7月1日時点）", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(content.GetByText("4812345", new() { Exact = false })).ToHaveCountAsync(0);
        await content.ScreenshotAsync(new() { Path = Artifacts.PathFor("information-offer.png"), FullPage = true });

        await content.GetByRole(AriaRole.Button, new() { Name = "表示する", Exact = true }).ClickAsync();

        var table = content.GetByRole(AriaRole.Table).First;
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "合計所得金額（円）" })).ToContainTextAsync("4812345");
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "年度" }).First).ToContainTextAsync("2024");
        await Expect(content.GetByText("不開示", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(content.GetByText("提供機関: 千代田区")).ToBeVisibleAsync();
        await content.ScreenshotAsync(new() { Path = Artifacts.PathFor("information-content.png"), FullPage = true });

        var again = await content.GotoAsync(href!);
        Assert.Equal(410, again!.Status);
        await Expect(content.GetByText("使用済みか、有効期限が切れています", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(content.GetByText("4812345", new() { Exact = false })).ToHaveCountAsync(0);
    }

    private async Task<string> ResidentAsync()
    {
        var account = AccountService.NewAccountId();
        var now = DateTimeOffset.UtcNow;
        await host.Portal.Services.GetRequiredService<AccountRepository>().CreateAsync(new Account
        {
            Id = account, Certificates = [], State = AccountStates.Registered, CreatedAt = now, RegisteredAt = now,
            Email = Portal.Testing.Privacy.TestEmails.Unique("information"), NotificationsEnabled = false,
        }, CancellationToken.None);
        return account;
    }

    /// <summary>What a completed card login leaves: the session in the chat's conversation and the chat linked to the account.</summary>
    private async Task LogInAsync(ChannelUser user, string account)
    {
        var sessionId = await ResidentTokens.StartSessionAsync(host.Portal.Services, account, "chatbot");
        var token = (await host.Portal.Services.GetRequiredService<Portal.Domain.Identity.Tokens.AccessTokenService>()
            .IssueAsync(new Portal.Domain.Identity.Tokens.AccessTokenClaims(account, "chatbot", [PortalScopes.Portal], SessionId: sessionId))).Token;
        var store = host.BotServices.GetRequiredService<ConversationStore>();
        var stored = await store.ReadAsync(user.Key, CancellationToken.None);
        await store.SaveAsync(stored.State with { PortalSession = new PortalSession(token, null, DateTimeOffset.UtcNow.AddHours(1), account, sessionId) },
            stored.ETag, CancellationToken.None);
        await host.BotServices.GetRequiredService<LinkedChannelStore>().LinkAsync(account, user, sessionId, CancellationToken.None);
    }

    private static async Task PressAsync(IPage page, string label)
    {
        var entries = await page.Locator("#log .entry.bot").CountAsync();
        await page.GetByRole(AriaRole.Log).GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).Last.ClickAsync();
        await Expect(page.Locator("#log .entry.bot")).Not.ToHaveCountAsync(entries);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
