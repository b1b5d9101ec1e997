using System.Net;
using System.Text.RegularExpressions;

namespace Bot.Channels.WebChat.Tests;

public sealed partial class WebChatPageTests(WebChatHost host) : IClassFixture<WebChatHost>
{
    [Fact]
    public async Task The_page_is_japanese_for_phones_and_runs_only_its_own_script_and_style_under_a_nonce()
    {
        var browser = host.NewBrowser();

        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/webchat"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Contains("name=\"viewport\"", html);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Nonce().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains($"<script nonce=\"{nonce}\">", html);
        Assert.Contains($"<style nonce=\"{nonce}\">", html);
        Assert.NotNull(browser.Cookie);
    }

    [Fact]
    public async Task Every_page_gets_a_fresh_nonce()
    {
        var client = host.App.CreateClient();

        var first = (await client.GetAsync("/api/webchat")).Headers.GetValues("Content-Security-Policy").Single();
        var second = (await client.GetAsync("/api/webchat")).Headers.GetValues("Content-Security-Policy").Single();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_elsewhere_and_never_renders_message_text_as_html()
    {
        var html = await host.App.CreateClient().GetStringAsync("/api/webchat");

        Assert.DoesNotContain("://", html);
        Assert.DoesNotContain("innerHTML", html);
        Assert.DoesNotContain("insertAdjacentHTML", html);
        Assert.DoesNotContain("document.write", html);
        Assert.Matches("aria-live=\"polite\"", html);
        Assert.Contains("<label for=\"text\"", html);
    }

    [Fact]
    public async Task The_bare_host_sends_the_visitor_to_the_web_chat()
    {
        var client = host.App.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal("/api/webchat", response.Headers.Location?.OriginalString);
    }

    [GeneratedRegex("script-src 'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex Nonce();
}
