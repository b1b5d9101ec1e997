using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Bot.WebChat.Browser.Tests;

/// <summary>The web chat page in Debian's chromium on a phone-sized screen, against the real engine and portal.</summary>
public sealed partial class WebChatInBrowserTests(BotOnKestrel host, ITestOutputHelper output) : IClassFixture<BotOnKestrel>
{
    [Fact]
    public async Task AResidentFindsChildAllowanceInArakawaAndReadsItsDetailOnAPhone()
    {
        await using var context = await NewPhoneAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);

        var response = await page.GotoAsync(new Uri(host.BaseAddress, "api/webchat").ToString());
        Assert.True(response is { Ok: true }, $"GET /api/webchat answered {response?.Status}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "マイナポータル チャット" })).ToBeVisibleAsync();

        // A first visit opens with the menu, without typing anything.
        var log = page.GetByRole(AriaRole.Log);
        foreach (var menu in new[] { "ホーム", "やること", "さがす" })
        {
            await Expect(log.GetByRole(AriaRole.Button, new() { Name = menu, Exact = true }).Last).ToBeVisibleAsync();
        }

        await log.GetByRole(AriaRole.Button, new() { Name = "さがす", Exact = true }).Last.ClickAsync();
        await Expect(log.GetByText("市区町村").Last).ToBeVisibleAsync();

        await SayAsync(page, "あらかわ");
        await Expect(log.GetByText("荒川区").Last).ToBeVisibleAsync();

        await SayAsync(page, "児童手当");
        var card = log.Locator("section.card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "児童手当の認定請求", Exact = true }) }).Last;
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "詳しく", Exact = true })).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "申請する", Exact = true })).ToBeVisibleAsync();

        await card.GetByRole(AriaRole.Button, new() { Name = "詳しく", Exact = true }).ClickAsync();
        var detail = log.Locator("section.card").Filter(new() { Has = page.GetByText("概要", new() { Exact = true }) }).Last;
        await Expect(detail).ToBeVisibleAsync();
        await Expect(detail.GetByRole(AriaRole.Heading, new() { Name = "児童手当の認定請求" })).ToBeVisibleAsync();
        await Expect(detail.GetByText("子育て支援課 03-3802-3111")).ToBeVisibleAsync();
        await Expect(detail.GetByText("本人確認書類、振込先口座がわかるもの")).ToBeVisibleAsync();
        await Expect(detail.GetByRole(AriaRole.Link, new() { Name = "案内ページを開く" }))
            .ToHaveAttributeAsync("href", "https://www.city.arakawa.tokyo.jp/jidouteate");

        var screenshot = Artifacts.PathFor("webchat.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the web chat: {screenshot}");
        Console.WriteLine($"Screenshot of the web chat: {screenshot}");
        // The log scrolls inside the phone's screen, so the page is one screen long: unrolled, the whole conversation.
        await page.EvaluateAsync("""
            () => {
              document.documentElement.style.height = "auto";
              document.body.style.height = "auto";
              const log = document.getElementById("log");
              log.style.overflow = "visible";
              log.style.flex = "none";
            }
            """);
        var conversation = Artifacts.PathFor("webchat-conversation.png");
        await page.ScreenshotAsync(new() { Path = conversation, FullPage = true });
        output.WriteLine($"Screenshot of the whole conversation: {conversation}");
        Console.WriteLine($"Screenshot of the whole conversation: {conversation}");

        Assert.True(errors.Count == 0, "The page reported errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task MarkupInAMessageIsShownAsTextAndNeverBecomesElements()
    {
        await using var context = await NewPhoneAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        await page.GotoAsync(new Uri(host.BaseAddress, "api/webchat").ToString());

        await SayAsync(page, "<b>x</b><img src=x onerror=alert(1)>");

        var log = page.GetByRole(AriaRole.Log);
        await Expect(log.GetByText("<b>x</b><img src=x onerror=alert(1)>", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(log.Locator("b")).ToHaveCountAsync(0);
        await Expect(log.Locator("img")).ToHaveCountAsync(0);
        Assert.True(errors.Count == 0, "The page reported errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task ThePageRunsItsOwnScriptUnderItsContentSecurityPolicy()
    {
        await using var context = await NewPhoneAsync();
        var page = await context.NewPageAsync();
        var errors = CollectErrors(page);
        var response = await page.GotoAsync(new Uri(host.BaseAddress, "api/webchat").ToString());

        var csp = await response!.HeaderValueAsync("content-security-policy");
        Assert.NotNull(csp);
        Assert.Matches(NonceSource(), csp);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        // The script put the cursor in the message box, which only it does: it ran under the policy.
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "メッセージ" })).ToBeFocusedAsync();
        Assert.True(errors.Count == 0, "The page reported errors:\n" + string.Join("\n", errors));
    }

    private Task<IBrowserContext> NewPhoneAsync() => host.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = "ja-JP",
        TimezoneId = "Asia/Tokyo",
    });

    /// <summary>Console errors (a CSP violation is one), uncaught exceptions and failed requests, as text.</summary>
    private static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A long poll the test ends by closing the page is not a failure of the page.
            if (!request.Url.Contains("/api/webchat/messages?after=", StringComparison.Ordinal))
            {
                errors.Add($"request failed: {request.Method} {request.Url} {request.Failure}");
            }
        };
        return errors;
    }

    /// <summary>Types as a resident does and sends with Enter, then waits for the bot's turn to be shown.</summary>
    private static async Task SayAsync(IPage page, string text)
    {
        var box = page.GetByRole(AriaRole.Textbox, new() { Name = "メッセージ" });
        await box.FillAsync(text);
        var entries = await page.Locator("#log .entry.bot").CountAsync();
        await box.PressAsync("Enter");
        await Expect(page.Locator("#log .entry.user").Last).ToHaveTextAsync(text);
        await Expect(page.Locator("#log .entry.bot")).Not.ToHaveCountAsync(entries);
        await Expect(box).ToHaveValueAsync("");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("script-src 'nonce-[A-Za-z0-9+/=]+'")]
    private static partial Regex NonceSource();
}
