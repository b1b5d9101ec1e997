using Bot.Channels.WebChat.Users;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Sessions;
using Bot.Functions.Tests.Notices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Testing;

namespace Bot.WebChat.Browser.Tests;

/// <summary>
/// A notice pushed while the web chat is open: 千代田区 sends to everyone in its area through the agencies' API, the
/// portal's fan-out hands the page to the bot's queue, and the open page shows the push (the sender only) with 詳しく,
/// which opens the notice. The chat's login is put in place directly (the card login in the page has its own test).
/// </summary>
public sealed class PushedNoticeInBrowserTests(BotOnKestrel host) : IClassFixture<BotOnKestrel>
{
    private const string Title = "秋の防災訓練のお知らせ";
    private const string Body = "11月に区内の小学校で防災訓練を行います。どなたでも参加できます。";
    private const string Pushed = "千代田区からお知らせがあります";

    private static readonly LocatorAssertionsToBeVisibleOptions Long = new() { Timeout = 60_000 };

    [Fact]
    public async Task ANoticeToEveryoneInChiyodaAppearsInTheOpenPageWithDetailsThatOpenIt()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "ja-JP", TimezoneId = "Asia/Tokyo",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "api/webchat").ToString());
        var log = page.GetByRole(AriaRole.Log);
        await Expect(log.GetByRole(AriaRole.Button, new() { Name = "さがす", Exact = true }).Last).ToBeVisibleAsync();

        // The page's chat user (the cookie's hash, as the web chat stores it) logged in to a 千代田区 resident's account.
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == WebChatUserCookie.Name);
        var user = new ChannelUser(global::Bot.Core.Messages.Channels.WebChat, WebChatUserCookie.UserIdOf(cookie.Value));
        var account = await ResidentOfChiyodaAsync();
        await LogInAsync(user, account);

        var agency = new ChiyodaAgency(host.Portal.Services);
        using (var http = host.Portal.CreateClient())
        {
            await agency.SendToEveryoneAsync(http, Title, Body);
        }

        // Nothing typed: the page's long poll brings the push, which names the sender and nothing of the notice.
        var push = log.Locator(".entry.bot").Filter(new() { HasText = Pushed }).Last;
        await Expect(push).ToBeVisibleAsync(Long);
        await Expect(log.GetByText(Title)).ToHaveCountAsync(0);
        var details = log.GetByRole(AriaRole.Button, new() { Name = "詳しく", Exact = true }).Last;
        await Expect(details).ToBeVisibleAsync();

        await details.ClickAsync();

        await Expect(log.GetByText($"【お知らせ】{Title}", new() { Exact = false }).Last).ToBeVisibleAsync(Long);
        await Expect(log.GetByText(Body, new() { Exact = false }).Last).ToBeVisibleAsync();
        await Expect(log.GetByText("差出人: 千代田区", new() { Exact = false }).Last).ToBeVisibleAsync();
    }

    /// <summary>A registered account living in 千代田区 by its card, quiet hours off (the test runs at any hour).</summary>
    private async Task<string> ResidentOfChiyodaAsync()
    {
        var account = AccountService.NewAccountId();
        var now = DateTimeOffset.UtcNow;
        await host.Portal.Services.GetRequiredService<AccountRepository>().CreateAsync(new Account
        {
            Id = account, Certificates = [], State = AccountStates.Registered, CreatedAt = now, RegisteredAt = now,
            Email = Portal.Testing.Privacy.TestEmails.Unique("pushed"), NotificationsEnabled = false,
        }, CancellationToken.None);
        await new ChiyodaAgency(host.Portal.Services).MoveInAsync(account);
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

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
