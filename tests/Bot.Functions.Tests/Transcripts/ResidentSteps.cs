using System.Text.RegularExpressions;
using Bot.Functions.Tests.Support;
using Portal.Testing;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>The steps every transcript takes, as a resident takes them: search, log in with the card, register.</summary>
public static partial class ResidentSteps
{
    public const string LoginLabel = "マイナンバーカードでログイン";

    /// <summary>さがす (setting 荒川区 the first time), then the keyword; the result cards.</summary>
    public static async Task<IReadOnlyList<ChatCard>> SearchAsync(this ChatResident resident, string keyword)
    {
        var replies = await resident.SayAsync("さがす");
        if (replies.Any(m => m.Says("市区町村の名前か読みがなを入力")))
        {
            replies = await resident.SayAsync("あらかわ");
            if (replies.SelectMany(m => m.Choices).FirstOrDefault(c => c.Label.StartsWith("荒川区", StringComparison.Ordinal)) is { } pick)
            {
                replies = await resident.PressAsync(pick);
            }
            Assert.Contains(replies, m => m.Says("荒川区（東京都）"));
        }
        var results = await resident.SayAsync(keyword);
        return [.. results.SelectMany(m => m.Cards)];
    }

    /// <summary>Finds the procedure by its name and presses 申請する on its card.</summary>
    public static async Task<IReadOnlyList<ChatMessage>> ApplyAsync(this ChatResident resident, string procedureName)
    {
        var cards = await resident.SearchAsync(procedureName);
        var card = cards.FirstOrDefault(c => c.Title == procedureName)
            ?? throw new InvalidOperationException($"No card for 「{procedureName}」 among the results.");
        return await resident.PressAsync(card.Buttons.Single(b => b.Label == "申請する"));
    }

    /// <summary>The card answers the login link among <paramref name="replies"/> through the signer CLI.</summary>
    public static async Task LogInWithCardAsync(this ChatResident resident, TranscriptHosts hosts, IReadOnlyList<ChatMessage> replies, string card)
    {
        var link = replies.LastOrDefault(m => m.Kind == "link" && m.Link?.Label == LoginLabel)?.Link?.Url
            ?? throw new InvalidOperationException("No login link among the replies.");
        resident.Transcript.Note($"the signer CLI answers 「{LoginLabel}」: the code the chat showed, then the software card and its PIN");
        await hosts.SignAsync("login", link, CardLogins.CodeShownIn(replies.Select(m => m.Text)), card);
    }

    /// <summary>After a first login: e-mail, consent to the terms, the code from the SMTP sink. Returns the last turn's replies.</summary>
    public static async Task<IReadOnlyList<ChatMessage>> RegisterAsync(this ChatResident resident, TranscriptHosts hosts, string email)
    {
        await resident.WaitForTextAsync("メールアドレスを入力");
        var terms = await resident.SayAsync(email);
        Assert.Contains(terms, m => m.Kind == "link" && m.Text == "マイナポータル利用規約");
        var sent = await resident.PressAsync("同意する");
        Assert.Contains(sent, m => m.Says("確認コードを送りました"));
        var mail = await MailSink.WaitForAsync(hosts.Stack, email, ChatResident.Wait);
        var code = ConfirmationCode().Match(mail.GetProperty("text").GetString()!).Groups[1].Value;
        resident.Transcript.Note("the confirmation code is read from the SMTP sink");
        var done = await resident.SayAsync(code);
        Assert.Contains(done, m => m.Text == "利用者登録が完了しました。");
        return done;
    }

    /// <summary>
    /// 申請する on the review; when the procedure needs a signature, the signer CLI signs the submission's card request
    /// and the receipt arrives by itself. Returns the receipt number.
    /// </summary>
    public static async Task<string> SubmitAsync(this ChatResident resident, TranscriptHosts hosts, string card)
    {
        var replies = await resident.PressAsync("申請する");
        if (replies.LastOrDefault(m => m.Kind == "link" && m.Link?.Label == SignLabel) is { Link.Url: { } link })
        {
            resident.Transcript.Note($"the signer CLI answers 「{SignLabel}」: the code the chat showed, then both keys of the card with their PINs");
            await hosts.SignAsync("sign", link, CardLogins.CodeShownIn(replies.Select(m => m.Text)), card);
            replies = await resident.WaitForTextAsync("受付番号");
        }
        var receipt = replies.Select(m => Receipt().Match(m.Text)).FirstOrDefault(m => m.Success)
            ?? throw new InvalidOperationException("No receipt number among the replies.");
        return receipt.Groups[1].Value;
    }

    public const string SignLabel = "マイナンバーカードで電子署名";

    public static string NewEmail() => Portal.Testing.Privacy.TestEmails.Unique("transcript");

    [GeneratedRegex(@"受付番号は (\S+) です")]
    private static partial Regex Receipt();

    [GeneratedRegex(@"確認コード: (\d{6})")]
    private static partial Regex ConfirmationCode();
}
