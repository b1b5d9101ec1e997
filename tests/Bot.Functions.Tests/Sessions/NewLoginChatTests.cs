using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Functions.Tests.Login;
using Bot.Functions.Tests.Support;
using Portal.Testing;
using static Bot.Functions.Tests.Login.WebChatBrowser;

namespace Bot.Functions.Tests.Sessions;

/// <summary>
/// A phished login end to end on the local stack: the resident's card answers a login link someone else started in
/// their own web chat; the resident's earlier web chat is told (the portal's event through the bot's queue), lists the
/// logins under アカウント, ends the stranger's, and the stranger's chat has to log in again.
/// </summary>
public sealed partial class NewLoginChatTests(BotWithIdentity hosts) : IClassFixture<BotWithIdentity>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TheVictimsEarlierChatIsToldEndsTheStrangersLoginAndTheStrangerMustLogInAgain()
    {
        var card = hosts.IssueCard();
        using var victim = await OpenAsync(hosts.Bot.CreateClient());
        await RegisterAsync(victim, card);

        // The stranger starts a login in their own web chat and talks the card holder into answering its link with the
        // code the stranger's chat shows (the signer shows the stranger's client, device and time; the holder goes on).
        using var stranger = await OpenAsync(hosts.Bot.CreateClient());
        var started = await stranger.SayAsync(new { text = "アカウント" });
        var login = await stranger.SayAsync(new { action = Action(started, "ログイン中の端末"), label = "ログイン中の端末" });
        await SignAsync(login.Single(m => Kind(m) == "link").GetProperty("url").GetString()!, CardLogins.CodeShownIn(login.Select(Text)), card);
        await stranger.WaitForAsync(m => Text(m) == "ログインしました。", Wait);

        var told = (await victim.WaitForAsync(m => Text(m).StartsWith("【新しいログイン】", StringComparison.Ordinal), Wait))
            .Last(m => Text(m).StartsWith("【新しいログイン】", StringComparison.Ordinal));
        Assert.Contains("端末の種類: Web チャット", Text(told));
        Assert.Contains("サービス: マイナポータル チャットボット", Text(told));

        var list = await victim.SayAsync(new { action = Action([told], "ログイン中の端末"), label = "ログイン中の端末" });
        var cards = list.Where(m => Kind(m) == "cards").SelectMany(m => m.GetProperty("cards").EnumerateArray()).ToList();
        Assert.Equal(2, cards.Count);
        var strangers = cards.Single(c => !c.TryGetProperty("subtitle", out var subtitle) || subtitle.ValueKind != JsonValueKind.String);
        var end = strangers.GetProperty("buttons").EnumerateArray().Single(b => b.GetProperty("label").GetString() == "終了する");
        var ended = await victim.SayAsync(new { action = end.GetProperty("action").GetString(), label = "終了する" });
        Assert.Contains(ended, m => Text(m).Contains("そのログインを終了しました", StringComparison.Ordinal));

        // The stranger's next step finds the login ended: the chat asks for the card again.
        var again = await stranger.SayAsync(new { action = Action(started, "ログイン中の端末"), label = "ログイン中の端末" });
        Assert.Contains(again, m => Kind(m) == "link");
        Assert.DoesNotContain(hosts.Logs.All.Split('\n'), line => line.Contains("acc-", StringComparison.Ordinal));
        Assert.Contains("New-login notice: sent on webchat", hosts.Logs.All, StringComparison.Ordinal);
    }

    /// <summary>A first login from the chat and 利用者登録 with the code from the mail sink.</summary>
    private async Task RegisterAsync(WebChatBrowser chat, string card)
    {
        var login = await chat.SayAsync(new { text = "申請状況" });
        await SignAsync(login.Single(m => Kind(m) == "link").GetProperty("url").GetString()!, CardLogins.CodeShownIn(login.Select(Text)), card);
        await chat.WaitForAsync(m => Text(m).Contains("メールアドレスを入力", StringComparison.Ordinal), Wait);
        var email = Portal.Testing.Privacy.TestEmails.Unique("hanako");
        var terms = await chat.SayAsync(new { text = email });
        await chat.SayAsync(new { action = Action(terms, "同意する"), label = "同意する" });
        var mail = await MailSink.WaitForAsync(hosts.Stack, email, Wait);
        var done = await chat.SayAsync(new { text = ConfirmationCode().Match(mail.GetProperty("text").GetString()!).Groups[1].Value });
        Assert.Contains(done, m => Text(m) == "利用者登録が完了しました。");
    }

    private async Task SignAsync(string link, string code, string card)
    {
        using var http = hosts.Portal.CreateClient();
        await CardLogins.LogInAsync(http, link, code, card);
    }

    [GeneratedRegex(@"確認コード: (\d{6})")]
    private static partial Regex ConfirmationCode();
}
