using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Portal.Contracts.Forms;
using Portal.Contracts.Procedures;

namespace Bot.Core.Forms;

/// <summary>The form flow's messages (Japanese: residents read them).</summary>
public static class FormReplies
{
    public static readonly Choice BackChoice = new("戻る", FormActions.Back.ToString());
    public static readonly Choice LaterChoice = new("あとで", FormActions.Later.ToString());

    public static TextMessage Intro(FormDefinitionView form) => new(
        $"「{form.Title}」の入力をはじめます。1問ずつお伺いします。「戻る」で前の質問に戻り、「あとで」で入力途中のまま保存して中断できます。");

    public static IReadOnlyList<OutgoingMessage> Question(FormQuestion question, JsonObject data, Uri? pageUrl)
    {
        if (question.IsMore)
        {
            var count = AnswerPath.Get(data, question.Field.Name) is JsonArray items ? items.Count : 0;
            return [new ChoicesMessage($"{question.Field.Label}を、もう1件（いま{count}件）追加しますか？",
                [new("はい", FormActions.Pick(FormAnswers.Yes).ToString()), new("いいえ", FormActions.Pick(FormAnswers.No).ToString()), BackChoice, LaterChoice])];
        }
        if (question.OnPage && pageUrl is not null)
        {
            return
            [
                new LinkMessage($"「{question.Label}」は、安全のためチャットではお伺いしません。入力画面を開いて入力してください。", "入力画面を開く", pageUrl),
                new ChoicesMessage("入力が終わったら「入力しました」を押してください。",
                    [new("入力しました", FormActions.Continue.ToString()), BackChoice, LaterChoice]),
            ];
        }
        var field = question.Field;
        var text = field.Kind switch
        {
            FieldKindNames.Select or FieldKindNames.YesNo => $"{question.Label}を選んでください。",
            FieldKindNames.Date => $"{question.Label}を入力してください（例：令和7年5月20日、2025-05-20）。",
            _ => $"{question.Label}を入力してください。",
        };
        if (field.Help is { Length: > 0 } help)
        {
            text += "\n" + help;
        }
        if (AnswerPath.Get(data, question.Path) is { } current && !FormQuestions.IsBlank(current))
        {
            text += $"\nいまの回答：{FormAnswers.Show(field, current)}";
        }
        var choices = field.Kind switch
        {
            FieldKindNames.Select => field.Options?.Select(o => new Choice(o.Label, FormActions.Pick(o.Value).ToString())).ToList() ?? [],
            FieldKindNames.YesNo => [new("はい", FormActions.Pick(FormAnswers.Yes).ToString()), new("いいえ", FormActions.Pick(FormAnswers.No).ToString())],
            _ => new List<Choice>(),
        };
        return [new ChoicesMessage(text, [.. choices.Take(ChoicesMessage.MaxChoices - 2), BackChoice, LaterChoice])];
    }

    public static TextMessage Problem(FormQuestion question, IEnumerable<string> messages) =>
        new($"「{question.Label}」の入力を確かめてください。{string.Join(" ", messages)}");

    public static TextMessage NotInChat(FormQuestion question) =>
        new($"「{question.Label}」は、安全のためチャットでは受け付けていません（いまの入力は保存していません）。入力画面から入力してください。");

    /// <summary>One card per section with its answers, then 申請する / 修正する.</summary>
    public static IReadOnlyList<OutgoingMessage> Review(FormDefinitionView form, IReadOnlyList<FormQuestion> questions, JsonObject data)
    {
        var cards = form.Sections
            .Select(section => new Card(section.Title, null,
                [.. questions.Where(q => q.SectionId == section.Id && !q.IsMore)
                    .Select(q => new CardField(q.Label, FormAnswers.Show(q.Field, AnswerPath.Get(data, q.Path))))],
                []))
            .Where(card => card.Fields.Count > 0)
            .Take(CardsMessage.MaxCards)
            .ToList();
        return
        [
            new TextMessage($"「{form.Title}」の入力内容をご確認ください。"),
            new CardsMessage($"{form.Title}の入力内容", cards),
            new ChoicesMessage("この内容で申請しますか？",
                [new("申請する", FormActions.Submit.ToString()), new("修正する", FormActions.Edit.ToString()), LaterChoice]),
        ];
    }

    public static ChoicesMessage EditSections(FormDefinitionView form) => new("修正する項目のまとまりを選んでください。",
        [.. form.Sections.Take(ChoicesMessage.MaxChoices - 1).Select(s => new Choice(Short(s.Title), FormActions.EditSection(s.Id).ToString())), LaterChoice]);

    /// <param name="userCode">The code the signer asks for; shown only in this chat.</param>
    public static IReadOnlyList<OutgoingMessage> Sign(Uri signerLink, string userCode) =>
    [
        new LinkMessage("申請の内容に、マイナンバーカードで電子署名をしてください。署名が終わると申請が送信されます。" +
            $"署名アプリでコードを求められたら、次のコードを入力してください: {userCode}（誰にも教えないでください）", "マイナンバーカードで電子署名", signerLink),
        new ChoicesMessage("署名が終わると、このチャットで受付番号をお知らせします。お知らせが届かないときは、下のボタンを押してください。",
            [new("署名が終わりました", FormActions.Signed.ToString()), LaterChoice]),
    ];

    /// <summary>The signing did not complete (expired, refused or interrupted): the answers are kept, 申請する starts it again.</summary>
    public static IReadOnlyList<OutgoingMessage> SigningFailed { get; } =
    [
        new TextMessage("電子署名を確認できませんでした（署名の受付時間が過ぎたか、署名が中断されました）。入力内容は保存されています。"),
        new ChoicesMessage("もう一度申請するときは「申請する」を押し、表示される画面でマイナンバーカードで署名してください。",
            [new("申請する", FormActions.Submit.ToString()), LaterChoice]),
    ];

    public static TextMessage NotSignedYet { get; } = new("まだ署名が確認できません。署名の画面で手続を終えてから、もう一度押してください。");

    public static TextMessage Received(string receiptNumber) =>
        new($"申請を受け付けました。受付番号は {receiptNumber} です。申請の状況はマイナポータルの「申請状況」で確かめられます。");

    /// <summary>How to apply on paper at this place: print (the bot's link), then post or bring it, to whom.</summary>
    public static IReadOnlyList<OutgoingMessage> NotOnline(ProcedureDetailView? detail, Uri printUrl)
    {
        var methods = detail?.Offering?.Methods ?? [];
        var how = (methods.Contains("mail"), methods.Contains("counter")) switch
        {
            (true, false) => "郵送してください",
            (false, true) => "窓口にお持ちください",
            _ => "郵送するか窓口にお持ちください",
        };
        var where = detail?.Offering is { } offering
            ? $"提出先：{offering.OfferedByName ?? detail.LocalGovernment?.Name ?? "申請先の市区町村"}" + (offering.Contact is { Length: > 0 } contact ? $"（{contact}）" : "")
                + (offering.PageUrl is { Length: > 0 } page ? $"\nくわしくは：{page}" : "")
            : "提出先：申請先の市区町村の担当窓口";
        return
        [
            new TextMessage($"この申請先では、この手続の電子申請を受け付けていません。入力内容を記入した申請書を印刷し、署名のうえ{how}。\n{where}"),
            new LinkMessage($"入力内容を記入した申請書（PDF）です。このリンクは{(int)FormPageTokens.Lifetime.TotalMinutes}分間有効です。", "申請書を開く（PDF）", printUrl),
        ];
    }

    public static TextMessage Saved { get; } = new(
        "入力内容は下書きとして保存しました。「やること」から、いつでも続きを入力できます（ほかのチャットやマイナポータルのサイトからも続けられます）。");

    public static TextMessage NoChatForm { get; } = new("この手続は、チャットでの入力に対応していません。マイナポータルのサイトから申請してください。");

    public static TextMessage DraftGone { get; } = new("この下書きは見つかりませんでした（申請済みか、保存期間が過ぎた可能性があります）。");

    public static TextMessage NeedLocalGovernment { get; } = new("申請先の市区町村がまだ決まっていません。「さがす」で市区町村を設定してから、もう一度お選びください。");

    public static TextMessage FirstQuestion { get; } = new("これが最初の質問です。");

    private static string Short(string label) => label.Length <= ChoicesMessage.MaxLabelLength ? label : label[..ChoicesMessage.MaxLabelLength];

    /// <summary>はい to 「公金受取口座を利用しますか」: the registered account, masked.</summary>
    public static TextMessage PaidInto(global::Portal.Contracts.PublicFundsAccounts.PublicFundsAccountView account) => new(account.Valid
        ? $"給付金は公金受取口座「{PublicFundsAccounts.PublicFundsAccountTexts.Masked(account)}」に振り込まれます。"
        : $"登録されている公金受取口座「{PublicFundsAccounts.PublicFundsAccountTexts.Masked(account)}」は、金融機関の合併などにより現在は利用できません。"
            + "このままでは申請を送信できません。「公金受取口座」から登録し直すか、この質問に「いいえ」と答えて口座を入力してください。");

    /// <summary>A proxy does not see the principal's account; the portal checks it at submission.</summary>
    public static TextMessage PaidIntoPrincipals { get; } = new(
        "（代理で操作中）給付金はご本人が登録した公金受取口座に振り込まれます。口座の内容は代理人には表示されません。");

    public static ChoicesMessage NoPublicFundsAccount { get; } = new(
        "公金受取口座が登録されていません。いま登録するか（口座番号は専用の画面で入力します）、この質問に「いいえ」と答えて振込先の口座を入力してください。",
        [Conversations.Replies.Choice("公金受取口座を登録する", PublicFundsAccounts.PublicFundsAccountActions.Register)]);
}
