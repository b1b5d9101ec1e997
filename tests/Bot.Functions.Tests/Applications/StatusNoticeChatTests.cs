using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Channels.WebChat.Users;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using Bot.Functions.Tests.Login;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Status;
using Portal.Testing;
using static Bot.Functions.Tests.Login.WebChatBrowser;
using Bot.Functions.Tests.Support;

namespace Bot.Functions.Tests.Applications;

/// <summary>
/// 申請状況 and status notices end to end on the local stack: a web chat resident logs in with the card (device flow,
/// signer CLI), the portal changes the status of their application, its queue trigger hands the change to the chatbot's
/// queue, and the bot's trigger pushes it into the web chat stream the resident used last.
/// </summary>
public sealed partial class StatusNoticeChatTests(BotWithIdentity hosts) : IClassFixture<BotWithIdentity>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private const string Comment = "住民票の写しを添付してください";

    [Fact]
    public async Task AStatusChangeArrivesInTheWebChatTheResidentUsedLastAndItsDetailShowsTheHistory()
    {
        var card = hosts.IssueCard();
        var (first, key) = await OpenWithKnownCookieAsync();
        using var _ = first;

        // 申請状況 needs a login: a first-time resident registers in the chat, then the list comes by itself.
        var login = await first.SayAsync(new { text = "申請状況" });
        await SignAsync(login.Single(m => Kind(m) == "link").GetProperty("url").GetString()!, CardLogins.CodeShownIn(login.Select(Text)), card);
        await first.WaitForAsync(m => Text(m).Contains("メールアドレスを入力", StringComparison.Ordinal), Wait);
        var email = Portal.Testing.Privacy.TestEmails.Unique("hanako");
        var terms = await first.SayAsync(new { text = email });
        await first.SayAsync(new { action = Action(terms, "同意する"), label = "同意する" });
        var mail = await MailSink.WaitForAsync(hosts.Stack, email, Wait);
        var done = await first.SayAsync(new { text = ConfirmationCode().Match(mail.GetProperty("text").GetString()!).Groups[1].Value });
        Assert.Contains(done, m => Text(m) == "利用者登録が完了しました。");
        Assert.Contains(done, m => Text(m).Contains("まだありません", StringComparison.Ordinal));
        var account = (await StoredSessionAsync(key))?.AccountId;
        Assert.NotNull(account);

        // The agency accepts an application of theirs (the domain service, as the agency API calls it).
        var application = await PortalApplications.SubmitAsync(hosts.Portal.Services, account, TestCatalog.ChildAllowance, TestCatalog.Chiyoda,
            DateTimeOffset.UtcNow);
        await ChangeAsync(application, ApplicationStatus.Accepted, comment: Comment);

        var notice = (await first.WaitForAsync(m => Text(m).Contains(application.Id, StringComparison.Ordinal), Wait))
            .Last(m => Text(m).Contains(application.Id, StringComparison.Ordinal));
        Assert.Equal($"「電子申請」（受付番号 {application.Id}）の状況が「受付」になりました。", Text(notice));
        Assert.DoesNotContain(Comment, notice.GetRawText(), StringComparison.Ordinal);

        // 詳しく見る: the history, with the agency's comment, once in the chat with the session.
        var detail = await first.SayAsync(new { action = Action([notice], "詳しく見る"), label = "詳しく見る" });
        var shown = string.Join("\n", detail.Select(m => m.GetRawText()));
        Assert.Contains("到達 → 受付（自治体） " + Comment, JsonUnescaped(shown), StringComparison.Ordinal);
        Assert.DoesNotContain(PortalApplications.SecretAnswer, JsonUnescaped(shown), StringComparison.Ordinal);

        // The same resident logs in on another web chat: the next change goes there, not to the first.
        using var second = await OpenAsync(hosts.Bot.CreateClient());
        var again = await second.SayAsync(new { action = "v1:status:list", label = "申請状況" });
        await SignAsync(again.Single(m => Kind(m) == "link").GetProperty("url").GetString()!, CardLogins.CodeShownIn(again.Select(Text)), card);
        await second.WaitForAsync(m => Text(m) == "ログインしました。", Wait);
        await ChangeAsync(application, ApplicationStatus.UnderReview);

        await second.WaitForAsync(m => Text(m).Contains("の状況が「審査中」になりました", StringComparison.Ordinal), Wait);
        // Sent once, to the second: the first's whole stream has no word of it.
        var firstStream = await first.Client.GetFromJsonAsync<JsonElement>("/api/webchat/messages?after=0");
        Assert.True(firstStream.GetProperty("entries").GetArrayLength() < 50, "The first stream fits one fetch.");
        Assert.DoesNotContain(firstStream.GetProperty("entries").EnumerateArray(),
            e => JsonUnescaped(e.GetRawText()).Contains("審査中", StringComparison.Ordinal));
        Assert.DoesNotContain(account, hosts.Logs.All, StringComparison.Ordinal);
        Assert.Contains("Status notice: sent on webchat", hosts.Logs.All, StringComparison.Ordinal);
    }

    private Task ChangeAsync(Application application, ApplicationStatus to, string? comment = null) =>
        hosts.Portal.Services.GetRequiredService<ApplicationStatusChanger>().ChangeAsync(application.LocalGovernmentCode, application.Id,
            _ => true, to, StatusActor.Agency, comment, null, CancellationToken.None);

    /// <summary>A web chat with a cookie of the test's, so it knows the conversation's key.</summary>
    private async Task<(WebChatBrowser Browser, string Key)> OpenWithKnownCookieAsync()
    {
        var cookie = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = hosts.Bot.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{WebChatUserCookie.Name}={cookie}");
        var key = new ChannelUser(Bot.Core.Messages.Channels.WebChat, WebChatUserCookie.UserIdOf(cookie)).Key;
        return (await OpenAsync(client), key);
    }

    private async Task<PortalSession?> StoredSessionAsync(string key) =>
        (await hosts.Bot.Services.GetRequiredService<ConversationStore>().ReadAsync(key, CancellationToken.None)).State.PortalSession;

    private static string JsonUnescaped(string json) => Regex.Unescape(json);

    /// <summary>The resident's signer answers the link with the card and its PIN, as on the phone.</summary>
    private async Task SignAsync(string link, string code, string card)
    {
        using var http = hosts.Portal.CreateClient();
        await CardLogins.LogInAsync(http, link, code, card);
    }

    [GeneratedRegex(@"確認コード: (\d{6})")]
    private static partial Regex ConfirmationCode();
}
