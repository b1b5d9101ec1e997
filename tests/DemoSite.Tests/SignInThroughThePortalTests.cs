using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Bot.Core.Tests.Support;
using Bot.Functions.Tests.Support;
using Bot.WebChat.Browser.Tests;
using DemoSite.Pages;
using Microsoft.Playwright;
using Portal.Domain.Identity;
using Portal.Testing;

namespace DemoSite.Tests;

/// <summary>
/// 外部サイト連携 as a resident goes through it in chromium: on the demo site 「マイナポータルでログイン」, the portal's
/// authorization page naming the site, the card login answered by the real signer CLI with the code the page shows, the
/// consent screen, and back on the site — signed in with what was consented to, and the 税・所得 record an agency
/// registered, read from the portal at that moment. Unlinking the site in the portal ends what the site can read;
/// refusing consent leaves the resident signed out with the site saying why.
/// </summary>
public sealed partial class SignInThroughThePortalTests(SiteJourneyHost host) : IClassFixture<SiteJourneyHost>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Long = new() { Timeout = 60_000 };

    [Fact]
    public async Task AResidentWhoConsentsIsWelcomedByNameWithTheirAttributesAndTaxRecordsUntilTheyUnlinkTheSite()
    {
        var card = host.IssueCard();
        var account = await host.RegisteredResidentAsync(card);
        using (var portal = host.PortalClient())
        {
            await InformationAgency.OfChiyoda(host.Portal.Services, portal).PutTaxAsync(account, "tax-2024", 2024, 4_812_345);
        }
        await using var context = await PhoneAsync();
        var page = await context.NewPageAsync();

        await ToConsentAsync(page, card);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("demo-site-consent.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "同意する", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "山田 花子さん、ようこそ", Exact = true })).ToBeVisibleAsync(Long);
        Assert.StartsWith(host.SiteAddress.ToString(), page.Url, StringComparison.Ordinal);
        await Expect(page.GetByText("東京都千代田区霞が関2-1-2", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("1990-04-01", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("女性", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("読み取り元: マイナンバーカード", new() { Exact = false })).ToBeVisibleAsync();
        var income = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "合計所得金額" });
        await Expect(income).ToContainTextAsync("4812345");
        await Expect(page.GetByText("千代田区", new() { Exact = false }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("demo-site-signed-in.png"), FullPage = true });

        using (var portal = host.PortalClient())
        {
            using var unlink = new HttpRequestMessage(HttpMethod.Delete, $"api/me/linked-sites/{SiteJourneyHost.SiteId}");
            unlink.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                await ResidentTokens.IssueAsync(host.Portal.Services, account, "chatbot", PortalScopes.Portal));
            using var unlinked = await portal.SendAsync(unlink);
            Assert.Equal(HttpStatusCode.NoContent, unlinked.StatusCode);
        }
        await page.ReloadAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(SiteMessages.LinkLost);
        await Expect(page.GetByText("4812345", new() { Exact = false })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "マイナポータルでもう一度ログイン" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("demo-site-unlinked.png"), FullPage = true });
    }

    [Fact]
    public async Task AResidentWhoRefusesConsentIsNotSignedInAndTheSiteSaysSoInJapanese()
    {
        var card = host.IssueCard();
        await host.RegisteredResidentAsync(card);
        await using var context = await PhoneAsync();
        var page = await context.NewPageAsync();

        await ToConsentAsync(page, card);
        await page.GetByRole(AriaRole.Button, new() { Name = "同意しない", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(SiteMessages.ConsentRefused, new() { Timeout = 30_000 });
        Assert.StartsWith(host.SiteAddress.ToString(), page.Url, StringComparison.Ordinal);
        await Expect(page.GetByText("ようこそ", new() { Exact = false }).Filter(new() { HasText = "さん" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "マイナポータルでログイン", Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("demo-site-refused.png"), FullPage = true });
    }

    /// <summary>The site's button, the portal's page naming the site, the card login by the real signer, up to the consent screen.</summary>
    private async Task ToConsentAsync(IPage page, string card)
    {
        var top = await page.GotoAsync(host.SiteAddress.ToString());
        var policy = top!.Headers["content-security-policy"];
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "マイナポータルでログイン", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "マイナンバーカードでログイン" })).ToBeVisibleAsync(Long);
        Assert.StartsWith(new Uri(host.PortalAddress, "api/oauth/authorization").ToString(), page.Url, StringComparison.Ordinal);
        await Expect(page.GetByText($"{SiteJourneyHost.SiteName}（127.0.0.1）", new() { Exact = false }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("demo-site-portal-page.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "マイナンバーカードでログイン" }).ClickAsync();

        var link = await page.Locator("a[href*='/api/card-requests/']").First.GetAttributeAsync("href", new() { Timeout = 30_000 });
        var code = (await page.Locator("p.code").InnerTextAsync()).Trim();
        Assert.Matches(CodePattern(), code);
        using (var portal = host.PortalClient())
        {
            await CardLogins.LogInAsync(portal, link!, code, card);
        }

        // The page moves on by itself (a meta refresh) once the signer has answered.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "同意する", Exact = true })).ToBeVisibleAsync(Long);
        foreach (var asked in new[] { "氏名", "住所", "生年月日", "性別", "わたしの情報の「税・所得」" })
        {
            await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = asked }).First).ToBeVisibleAsync();
        }
    }

    private Task<IBrowserContext> PhoneAsync() => host.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "ja-JP", TimezoneId = "Asia/Tokyo",
    });

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("^[A-Z]{4}-[A-Z]{4}$")]
    private static partial Regex CodePattern();
}
