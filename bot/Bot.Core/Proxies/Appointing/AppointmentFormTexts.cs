using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Messages;
using Portal.Contracts.Information;
using Portal.Contracts.Proxies;

namespace Bot.Core.Proxies.Appointing;

/// <summary>What 代理人を指定する / 代理人になる ask and answer in the chat (Japanese: residents read them).</summary>
public static class AppointmentFormTexts
{
    private static Choice QuitChoice { get; } = Replies.Choice("やめる", AppointingActions.Quit);

    /// <summary>Who the other person is, from the starter's side.</summary>
    public static string Other(string role) => role == DelegationRoles.Principal ? "代理人になる方" : "ご本人（委任する方）";

    public static TextMessage Opening(string role) => new(role == DelegationRoles.Principal
        ? "代理人を指定します。代理人になる方と一緒に、その方のマイナンバーカードを用意してください。入力した氏名と生年月日は、相手の方のカードと照らし合わせます。"
        : "代理人になる（委任を受ける）ための依頼をします。ご本人（委任する方）と一緒に、その方のマイナンバーカードを用意してください。入力した氏名と生年月日は、ご本人のカードと照らし合わせます。");

    public static ChoicesMessage AskName(string role) => new(
        $"{Other(role)}の氏名を、マイナンバーカードに記載のとおり入力してください（例: 山田 一郎）。", [QuitChoice]);

    public static ChoicesMessage AskDateOfBirth(string role) => new(
        $"{Other(role)}の生年月日を入力してください（例: 1990-04-01、平成2年4月1日）。", [QuitChoice]);

    public static TextMessage DateNotRead { get; } = new("日付として読み取れませんでした。2027-03-31 や 令和9年3月31日 のように入力してください。");

    public static TextMessage NameTooLong { get; } = new("氏名が長すぎます。マイナンバーカードに記載のとおり入力してください。");

    public static ChoicesMessage AskKind { get; } = new("代理人の種類を選んでください。親権者・未成年後見人・成年後見人は法定代理人、それ以外は任意代理人です。",
        [.. DelegationLabels.Kinds.Select(k => Replies.Choice(DelegationLabels.Kind(k), AppointingActions.Kind(k))), QuitChoice]);

    /// <summary>Each service as a toggle (✓ when chosen), then 次へ.</summary>
    public static ChoicesMessage AskServices(AppointmentForm form, string? lead = null) => new(
        (lead is null ? "" : lead + "\n") + "代理人に利用を許可するサービスを選んでください（押すたびに選択・解除します）。"
        + $"\n選択中: {Chosen(form.Services.Select(DelegationLabels.Service))}",
        [
            .. DelegationLabels.Services.Select(s => Replies.Choice(Mark(form.Services.Contains(s)) + DelegationLabels.Service(s), AppointingActions.Service(s))),
            Replies.Choice("次へ", AppointingActions.ServicesDone), QuitChoice,
        ]);

    public const string NoService = "サービスを1つ以上選んでください。";

    /// <summary>わたしの情報's groups, each with how many of its categories are chosen.</summary>
    public static ChoicesMessage AskGroups(AppointmentForm form, InformationCatalogueView catalogue) => new(
        "わたしの情報で、代理人に参照を許可する情報を選びます。分野を選んでください。"
        + $"\n選択中: {Chosen(catalogue.Categories.Where(c => form.Categories.Contains(c.Id)).Select(c => c.Name))}",
        [
            .. catalogue.Groups.Take(ChoicesMessage.MaxChoices - 2).Select(g => Replies.Choice(
                Short($"{g.Name}（{catalogue.Categories.Count(c => c.Group == g.Id && form.Categories.Contains(c.Id))}）"), AppointingActions.Group(g.Id))),
            Replies.Choice("次へ", AppointingActions.CategoriesDone), QuitChoice,
        ]);

    /// <summary>One group's categories as toggles, then back to the groups.</summary>
    public static ChoicesMessage AskCategories(AppointmentForm form, InformationCatalogueView catalogue, string groupId) => new(
        "参照を許可する情報を選んでください（押すたびに選択・解除します）。",
        [
            .. catalogue.Categories.Where(c => c.Group == groupId).Take(ChoicesMessage.MaxChoices - 1)
                .Select(c => Replies.Choice(Short(Mark(form.Categories.Contains(c.Id)) + c.Name), AppointingActions.Category(c.Id))),
            Replies.Choice("分野の一覧に戻る", AppointingActions.Groups),
        ]);

    public const string NoCategory = "参照を許可する情報を1つ以上選ぶか、「わたしの情報」の選択を外してください。";

    public static ChoicesMessage AskValidUntil(AppointmentForm form) => new(
        "代理できる期間の最終日を入力してください（例: 2027-03-31、令和9年3月31日）。期間は今日からです。"
        + (form.Kind == DelegationLabels.Voluntary ? "任意代理人の期間は5年以内です。" : ""),
        [QuitChoice]);

    /// <summary>
    /// The summary before sending. It repeats the name and date of birth as typed: the resident typed them in this very
    /// chat, and a misspelling found here saves a refused card check.
    /// </summary>
    public static ChoicesMessage Review(AppointmentForm form, string validFrom, IReadOnlyDictionary<string, string> categoryNames) => new(
        $"次の内容で{(form.Role == DelegationRoles.Principal ? "代理人を設定します" : "代理人になる依頼をします")}。\n"
        + $"{Other(form.Role)}: {form.Name} さん（{JapaneseDates.Format(form.DateOfBirth!)}生まれ）\n"
        + $"種類: {DelegationLabels.Kind(form.Kind!)}\n"
        + $"サービス: {DelegationLabels.ServicesInWords(form.Services, form.Categories, categoryNames)}\n"
        + $"期間: {DelegationLabels.Period(validFrom, form.ValidUntil!)}\n"
        + "よろしければ「この内容で設定する」を押してください。続けて、相手の方のマイナンバーカードで承認していただきます。",
        [Replies.Choice("この内容で設定する", AppointingActions.Submit), QuitChoice]);

    /// <summary>
    /// The pending delegation's card request, shown as the chat shows a signing link: the link and the code for the
    /// other person's own card, then 確認する.
    /// </summary>
    public static IReadOnlyList<OutgoingMessage> Started(AppointmentStarted started, string role) =>
    [
        new LinkMessage(
            $"受け付けました（承認待ち）。{(role == DelegationRoles.Principal ? "代理人になる方" : "ご本人（委任する方）")}が、ご自身のマイナンバーカードでこのリンクを開き、"
            + $"コードを入力してください: {started.CardRequest.UserCode}（{Applications.StatusTexts.DateTime(started.CardRequest.ExpiresAt)}まで）",
            "マイナンバーカードで承認", new Uri(started.CardRequest.SignerLink)),
        new ChoicesMessage("承認が終わったら「確認する」を押してください。",
            [Replies.Choice("確認する", AppointingActions.Check(role, started.Delegation.Id)), Replies.Choice("ホーム", BotActions.Home)]),
    ];

    public static ChoicesMessage Quit { get; } = new("代理人の設定をやめました。入力した内容は残っていません。",
        [AppointingTexts.Entry, Replies.Choice("ホーム", BotActions.Home)]);

    /// <summary>The portal refused the terms (422) or the start (409): its own words, and that nothing was stored.</summary>
    public static IReadOnlyList<OutgoingMessage> NotStarted(Login.PortalProblem? problem, string role) =>
    [
        AppointingTexts.Refused("代理人の設定を受け付けられませんでした。", problem),
        new ChoicesMessage("設定は保存されていません。内容を直して、もう一度はじめから入力してください。",
            [Replies.Choice(role == DelegationRoles.Principal ? "代理人を指定する" : "代理人になる（委任を受ける）",
                role == DelegationRoles.Principal ? AppointingActions.AppointProxy : AppointingActions.BecomeProxy),
             Replies.Choice("ホーム", BotActions.Home)]),
    ];

    private static string Mark(bool chosen) => chosen ? "✓ " : "";

    private static string Chosen(IEnumerable<string> names) => names.Any() ? string.Join("、", names) : "なし";

    private static string Short(string label) => label.Length <= ChoicesMessage.MaxLabelLength ? label : label[..(ChoicesMessage.MaxLabelLength - 1)] + "…";
}
