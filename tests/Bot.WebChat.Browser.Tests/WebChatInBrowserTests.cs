using System.Text.RegularExpressions;
using Bot.Functions.Tests.Support;
using Microsoft.Playwright;
using Portal.Testing;
using Xunit.Abstractions;

namespace Bot.WebChat.Browser.Tests;

/// <summary>The web chat page in Debian's chromium on a phone-sized screen, against the real engine and portal.</summary>
public sealed partial class WebChatInBrowserTests(BotOnKestrel host, ITestOutputHelper output) : IClassFixture<BotOnKestrel>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Long = new() { Timeout = 60_000 };

    [Fact]
    public async Task AResidentFindsChildAllowanceOnlineInChiyodaLogsInWithTheCardRegistersStartsTheFormPausesAndResumesItAfterAReload()
    {
        var cardFile = host.IssueCard();
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
            await Expect(Button(log, menu)).ToBeVisibleAsync();
        }

        // さがす: a ward where 児童手当 is taken online.
        await PressAsync(page, "さがす");
        await Expect(log.GetByText("市区町村").Last).ToBeVisibleAsync();
        await SayAsync(page, "千代田区");
        await Expect(log.GetByText("千代田区").Last).ToBeVisibleAsync();
        await SayAsync(page, "児童手当");
        var card = log.Locator("section.card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "児童手当の認定請求", Exact = true }) }).Last;
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.GetByText("千代田区：オンラインで申請できます")).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "詳しく", Exact = true }).ClickAsync();
        var detail = log.Locator("section.card").Filter(new() { Has = page.GetByText("概要", new() { Exact = true }) }).Last;
        await Expect(detail).ToBeVisibleAsync();
        await Expect(detail.GetByRole(AriaRole.Heading, new() { Name = "児童手当の認定請求" })).ToBeVisibleAsync();
        await Expect(detail.GetByText("子育て推進課")).ToBeVisibleAsync();
        await Expect(detail.GetByRole(AriaRole.Link, new() { Name = "案内ページを開く" }))
            .ToHaveAttributeAsync("href", "https://www.city.chiyoda.lg.jp/jido-teate");

        // 申請する needs a login: the link and, on a PC-like web chat, its QR code (served by the bot host, shown by the page).
        await card.GetByRole(AriaRole.Button, new() { Name = "申請する", Exact = true }).ClickAsync();
        await Expect(log.GetByText("ログインが必要").Last).ToBeVisibleAsync();
        var link = log.GetByRole(AriaRole.Link, new() { Name = "マイナンバーカードでログイン", Exact = true }).Last;
        await Expect(link).ToBeVisibleAsync();
        var qr = log.GetByRole(AriaRole.Img, new() { Name = "ログイン用のQRコード" }).Last;
        await Expect(qr).ToBeVisibleAsync();
        await Expect(qr).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 0, "The QR code image did not load.");

        // The resident's phone answers the link with the card and the code the page shows (read off the page, as a
        // resident would); the page hears of it by itself (long poll, nothing typed in the chat).
        var href = await link.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href));
        var shown = log.GetByText("署名アプリでコードを求められたら").Last;
        await Expect(shown).ToBeVisibleAsync();
        var shownCode = CardLogins.CodeShownIn([await shown.InnerTextAsync()]);
        Assert.DoesNotContain(shownCode, href!);
        using (var portal = host.Portal.CreateClient())
        {
            await CardLogins.LogInAsync(portal, href!, shownCode, cardFile);
        }
        await Expect(log.GetByText("ログインしました。はじめてのご利用のため").Last).ToBeVisibleAsync(Long);

        // First-time registration in the page: e-mail, terms, the code from the mail.
        var email = Portal.Testing.Privacy.TestEmails.Unique("hanako");
        await SayAsync(page, email);
        await Expect(log.GetByText("マイナポータル利用規約", new() { Exact = true }).Last).ToBeVisibleAsync();
        await Expect(log.GetByRole(AriaRole.Link, new() { Name = "利用規約を読む", Exact = true }).Last).ToBeVisibleAsync();
        await PressAsync(page, "同意する");
        await Expect(log.GetByText("確認コードを送りました").Last).ToBeVisibleAsync();
        var mail = await MailSink.WaitForAsync(host.Stack, email, TimeSpan.FromSeconds(60));
        var code = ConfirmationCode().Match(mail.GetProperty("text").GetString()!).Groups[1].Value;
        await SayAsync(page, code);
        await Expect(log.GetByText("利用者登録が完了しました。").Last).ToBeVisibleAsync();

        // The form the resident asked for starts: the first questions, typed and pressed.
        await Expect(log.GetByText("「児童手当 認定請求書」の入力をはじめます").Last).ToBeVisibleAsync(Long);
        await Expect(log.GetByText("氏名を入力してください").Last).ToBeVisibleAsync();
        foreach (var (answer, next) in new[]
        {
            ("山田 花子", "フリガナを入力してください"),
            ("ヤマダ ハナコ", "生年月日を入力してください"),
            ("1990-04-01", "郵便番号を入力してください"),
            ("100-0013", "住所を入力してください"),
            ("東京都千代田区霞が関2-1-2", "電話番号を入力してください"),
            ("03-1234-5678", "職業を選んでください"),
        })
        {
            await SayAsync(page, answer);
            await Expect(log.GetByText(next).Last).ToBeVisibleAsync();
        }
        await PressAsync(page, "会社員");
        await Expect(log.GetByText("加入している年金").Last).ToBeVisibleAsync();
        await Expect(Button(log, "厚生年金")).ToBeVisibleAsync();

        // あとで: kept as a draft.
        await PressAsync(page, "あとで");
        await Expect(log.GetByText("下書きとして保存しました").Last).ToBeVisibleAsync();

        // Back later (a reload): the conversation is still there, and やること resumes the draft where it stopped.
        await page.ReloadAsync();
        await Expect(log.GetByText("下書きとして保存しました").Last).ToBeVisibleAsync();
        await PressAsync(page, "やること");
        await Expect(log.GetByText("入力途中の申請があります").Last).ToBeVisibleAsync();
        var entries = await page.Locator("#log .entry.bot").CountAsync();
        await PressAsync(page, "児童手当の認定請求");
        // Only what the bot said from the resume on: the question asked before あとで is higher up in the log.
        var resumed = page.Locator("#log .entry.bot").Nth(entries).Locator("xpath=self::*|following-sibling::*");
        await Expect(resumed.GetByText("加入している年金").Last).ToBeVisibleAsync();
        await Expect(resumed.GetByRole(AriaRole.Button, new() { Name = "厚生年金", Exact = true }).Last).ToBeVisibleAsync();

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

    /// <summary>Presses the latest button of that name in the log, then waits for the bot's turn to be shown.</summary>
    private static async Task PressAsync(IPage page, string label)
    {
        var entries = await page.Locator("#log .entry.bot").CountAsync();
        await Button(page.GetByRole(AriaRole.Log), label).ClickAsync();
        await Expect(page.Locator("#log .entry.bot")).Not.ToHaveCountAsync(entries);
    }

    private static ILocator Button(ILocator log, string label) => log.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).Last;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex(@"確認コード: (\d{6})")]
    private static partial Regex ConfirmationCode();

    [GeneratedRegex("script-src 'nonce-[A-Za-z0-9+/=]+'")]
    private static partial Regex NonceSource();
}
