using System.Net;
using System.Security.Cryptography;
using Bot.Channels.WebChat.Users;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using Portal.Testing;
using Bot.Functions.Tests.Support;
using static Bot.Functions.Tests.Login.WebChatBrowser;

namespace Bot.Functions.Tests.Login;

/// <summary>
/// Logging in from the web chat on the real local stack: the device flow's link answered by the real signer CLI with a
/// software card (no pcscd, no bypass), the poll run by the bot host's queue trigger on Azurite, registration with the
/// code read from the SMTP sink, and the proactive messages read from the web chat stream.
/// </summary>
public sealed partial class ChatLoginTests(BotWithIdentity hosts) : IClassFixture<BotWithIdentity>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AFirstTimeResidentLogsInWithTheCardRegistersInTheChatAndSeesTodoThenLogsInAgainElsewhere()
    {
        var card = hosts.IssueCard();
        // A cookie of our own, so the test knows the conversation's key (to age the stored session below).
        var cookie = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = hosts.Bot.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{WebChatUserCookie.Name}={cookie}");
        var key = new ChannelUser(Bot.Core.Messages.Channels.WebChat, WebChatUserCookie.UserIdOf(cookie)).Key;
        using var browser = await OpenAsync(client);

        var login = await browser.SayAsync(new { text = "やること" });
        Assert.Contains(login, m => Text(m).Contains("ログインが必要", StringComparison.Ordinal));
        var link = login.Single(m => Kind(m) == "link");
        Assert.Equal("マイナンバーカードでログイン", link.GetProperty("label").GetString());
        var qr = new Uri(login.Single(m => Kind(m) == "image").GetProperty("url").GetString()!);
        using (var png = await browser.Client.GetAsync(qr.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await png.Content.ReadAsByteArrayAsync())[..4]);
        }

        await SignAsync(link.GetProperty("url").GetString()!, CardLogins.CodeShownIn(login.Select(Text)), card);

        // No "done" typed: the queued poll finds the tokens and the bot speaks first.
        var arrived = await browser.WaitForAsync(m => Text(m).Contains("メールアドレスを入力", StringComparison.Ordinal), Wait);
        Assert.StartsWith("ログインしました。", Text(arrived.Last()));

        var invalid = await browser.SayAsync(new { text = "hanako-at-example" });
        Assert.Contains(invalid, m => Text(m).Contains("形式が正しくない", StringComparison.Ordinal));
        var email = Portal.Testing.Privacy.TestEmails.Unique("hanako");
        var terms = await browser.SayAsync(new { text = email });
        Assert.Contains(terms, m => Kind(m) == "link" && Text(m) == "マイナポータル利用規約");
        var sent = await browser.SayAsync(new { action = Action(terms, "同意する"), label = "同意する" });
        Assert.Contains(sent, m => Text(m).Contains("確認コードを送りました", StringComparison.Ordinal));

        var mail = await MailSink.WaitForAsync(hosts.Stack, email, Wait);
        var code = ConfirmationCode().Match(mail.GetProperty("text").GetString()!).Groups[1].Value;
        var wrong = await browser.SayAsync(new { text = code == "000000" ? "111111" : "000000" });
        Assert.Contains(wrong, m => Text(m).Contains("確認コードが正しくありません", StringComparison.Ordinal));
        var registrationSession = (await StoredPendingAsync(key))!.Registration!;
        var done = await browser.SayAsync(new { text = code });
        Assert.Contains(done, m => Text(m) == "利用者登録が完了しました。");
        Assert.Contains(done, m => Text(m) == "いま、やることはありません。");

        // Nothing a resident could be told apart by, nor any secret, went to the logs.
        var session = (await StoredSessionAsync(key))!;
        var logs = hosts.Logs.All;
        Assert.Contains("Login poll on webchat: tokens", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { email, code, link.GetProperty("url").GetString()!, session.AccessToken, session.RefreshToken!,
            registrationSession.AccessToken, registrationSession.RefreshToken!, "hanako-at-example" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }

        // The session is kept: やること again needs no login.
        var again = await browser.SayAsync(new { text = "やること" });
        Assert.Contains(again, m => Text(m) == "いま、やることはありません。");
        Assert.DoesNotContain(again, m => Kind(m) == "link");

        // Near expiry the session is refreshed without a word; a refused refresh asks politely for a new login.
        var before = await AgeSessionAsync(key, refreshToken: null);
        var refreshed = await browser.SayAsync(new { text = "やること" });
        Assert.Contains(refreshed, m => Text(m) == "いま、やることはありません。");
        var after = (await StoredSessionAsync(key))!;
        Assert.NotEqual(before.AccessToken, after.AccessToken);
        // Still linked to the account: status notices keep finding this channel.
        Assert.NotNull(before.AccountId);
        Assert.Equal(before.AccountId, after.AccountId);
        await AgeSessionAsync(key, refreshToken: "no-longer-valid");
        var relogin = await browser.SayAsync(new { text = "やること" });
        Assert.Contains(relogin, m => Text(m).Contains("ログインの有効期限が切れました", StringComparison.Ordinal));
        Assert.Contains(relogin, m => Kind(m) == "link");
        Assert.Null(await StoredSessionAsync(key));

        // The same resident in another web chat: a registered account goes straight to やること, proactively.
        using var other = await OpenAsync(hosts.Bot.CreateClient());
        var secondLogin = await other.SayAsync(new { action = "v1:menu:todo", label = "やること" });
        await SignAsync(secondLogin.Single(m => Kind(m) == "link").GetProperty("url").GetString()!, CardLogins.CodeShownIn(secondLogin.Select(Text)), card);
        var continued = await other.WaitForAsync(m => Text(m) == "いま、やることはありません。", Wait);
        Assert.Contains(continued, m => Text(m) == "ログインしました。");
    }

    [Fact]
    public async Task ALinkLeftUnsignedExpiresWithAPoliteMessageAndTheMenu()
    {
        using var browser = await OpenAsync(hosts.Bot.CreateClient());
        var login = await browser.SayAsync(new { text = "やること" });
        Assert.Contains(login, m => Kind(m) == "link");

        var arrived = await browser.WaitForAsync(m => Kind(m) == "choices" && Text(m) == "ご用件を選んでください。",
            BotWithIdentity.DeviceCodeLifetime + Wait);
        Assert.Contains(arrived, m => Text(m).Contains("受付時間が過ぎた", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-an-id")]
    public async Task AnUnknownQrCodeIdIsNotFound(string id)
    {
        using var client = hosts.Bot.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/qr/{id}")).StatusCode);
    }

    /// <summary>Makes the stored session about to expire (optionally with another refresh token); returns it as it was.</summary>
    private async Task<PortalSession> AgeSessionAsync(string key, string? refreshToken)
    {
        var store = hosts.Bot.Services.GetRequiredService<ConversationStore>();
        var stored = await store.ReadAsync(key, CancellationToken.None);
        var session = stored.State.PortalSession!;
        await store.SaveAsync(stored.State with
        {
            PortalSession = session with { ExpiresAt = DateTimeOffset.UtcNow, RefreshToken = refreshToken ?? session.RefreshToken },
        }, stored.ETag, CancellationToken.None);
        return session;
    }

    private async Task<Bot.Core.Login.PendingLogin?> StoredPendingAsync(string key) =>
        (await hosts.Bot.Services.GetRequiredService<ConversationStore>().ReadAsync(key, CancellationToken.None)).State.PendingLogin;

    private async Task<PortalSession?> StoredSessionAsync(string key) =>
        (await hosts.Bot.Services.GetRequiredService<ConversationStore>().ReadAsync(key, CancellationToken.None)).State.PortalSession;

    /// <summary>The resident's signer answers the link with the card file and its PIN, as on the phone.</summary>
    private Task SignAsync(string link, string code, string card) => hosts.LogInAsync(link, code, CardLogins.CardFile(card));

    [GeneratedRegex(@"確認コード: (\d{6})")]
    private static partial Regex ConfirmationCode();
}
