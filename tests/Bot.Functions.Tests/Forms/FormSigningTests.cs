using System.Security.Cryptography;
using Portal.Testing.Procedures;
using Bot.Channels.WebChat.Users;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using Bot.Functions.Tests.Login;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using static Bot.Functions.Tests.Login.WebChatBrowser;
using Bot.Functions.Tests.Support;
using Portal.Testing;

namespace Bot.Functions.Tests.Forms;

/// <summary>
/// The signature hand-off on the real local stack: the signer link answered by the real signer CLI with a software card,
/// the submission polled by the bot host's queue trigger on Azurite, the receipt read from the web chat stream.
/// </summary>
public sealed class FormSigningTests(BotWithIdentity hosts) : IClassFixture<BotWithIdentity>, IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    /// <summary>The catalog of the conversation tests on this fixture's portal (upserts: every test may run it).</summary>
    public async Task InitializeAsync()
    {
        await hosts.Portal.Services.SeedCatalogAsync(TestCatalog.Templates, TestCatalog.Sets);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheReceiptNumberArrivesByItselfOnceTheCardHasSignedAndTheButtonThenTellsNothingTwice()
    {
        var card = hosts.IssueCard();
        var (browser, key) = await OpenWithCookieAsync();
        using var _ = browser;
        var session = await LogInAsync(key, card);

        await browser.SayAsync(new { action = BotActions.Apply(TestCatalog.ChildAllowance).ToString(), label = "申請する" });
        var draftId = (await StoredAsync(key)).Form!.DraftId;
        await new PortalDrafts(hosts.Portal.CreateClient, session, hosts.Portal.Services).FillChildAllowanceAsync(draftId, ownAccount: false);
        var more = await browser.SayAsync(new { action = FormActions.Continue.ToString(), label = "入力しました" });
        var review = await browser.SayAsync(new { action = Action(more, "いいえ"), label = "いいえ" });
        var sign = await browser.SayAsync(new { action = Action(review, "申請する"), label = "申請する" });
        var link = sign.Single(m => Kind(m) == "link");
        Assert.Equal("マイナンバーカードで電子署名", link.GetProperty("label").GetString());
        var signed = Action(sign, "署名が終わりました");

        await SignAsync(link.GetProperty("url").GetString()!, CardLogins.CodeShownIn(sign.Select(Text)), card);

        // Nothing pressed: the queued poll sees the receipt number and the bot speaks first.
        var arrived = await browser.WaitForAsync(m => Text(m).Contains("受付番号は", StringComparison.Ordinal), Wait);
        Assert.Single(arrived, m => Text(m).Contains("受付番号は", StringComparison.Ordinal));
        Assert.Null((await StoredAsync(key)).Form);
        Assert.Contains("Signing poll on webchat: received", hosts.Logs.All, StringComparison.Ordinal);

        // The fallback button afterwards: no second receipt.
        var late = await browser.SayAsync(new { action = signed, label = "署名が終わりました" });
        Assert.DoesNotContain(late, m => Text(m).Contains("受付番号", StringComparison.Ordinal));
    }

    private async Task<(WebChatBrowser Browser, string Key)> OpenWithCookieAsync()
    {
        var cookie = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = hosts.Bot.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{WebChatUserCookie.Name}={cookie}");
        var key = new ChannelUser(Bot.Core.Messages.Channels.WebChat, WebChatUserCookie.UserIdOf(cookie)).Key;
        return (await OpenAsync(client), key);
    }

    /// <summary>A portal session (as the card login with <paramref name="card"/> leaves one) and the place applied to, put into the conversation.</summary>
    private async Task<PortalSession> LogInAsync(string key, string card)
    {
        var token = await ResidentTokens.IssueAsync(hosts.Portal.Services, await CardLogins.AccountOfAsync(hosts.Portal.Services, card), "chatbot", PortalScopes.Portal);
        var session = new PortalSession(token, null, DateTimeOffset.UtcNow.AddHours(1));
        var store = hosts.Bot.Services.GetRequiredService<ConversationStore>();
        var stored = await store.ReadAsync(key, CancellationToken.None);
        await store.SaveAsync(stored.State with
        {
            PortalSession = session, LocalGovernment = new RememberedLocalGovernment(TestCatalog.Chiyoda, "千代田区（東京都）"),
        }, stored.ETag, CancellationToken.None);
        return session;
    }

    private async Task<ConversationState> StoredAsync(string key) =>
        (await hosts.Bot.Services.GetRequiredService<ConversationStore>().ReadAsync(key, CancellationToken.None)).State;

    /// <summary>The resident's signer signs the application with the card's signing key and its PIN, as on the phone.</summary>
    private async Task SignAsync(string link, string code, string card)
    {
        using var http = hosts.Portal.CreateClient();
        await CardLogins.SignerAsync(http, "sign", link, code, card);
    }
}
