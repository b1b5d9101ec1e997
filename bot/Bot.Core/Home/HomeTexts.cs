using Bot.Core.Actions;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Messages;
using Bot.Core.Notices;
using Bot.Core.PublicFundsAccounts;
using Portal.Contracts.Home;

namespace Bot.Core.Home;

/// <summary>What ホーム says: its Japanese lives here, the portal's answer carries only kinds and ids.</summary>
public static class HomeTexts
{
    public const string MenuLabel = "ホーム";

    public static TextMessage Intro { get; } = new("ホームです。やることと、最近のお知らせ、申請中の手続をまとめてお知らせします。");

    public static TextMessage NothingToDo { get; } = new("いま、やることはありません。");

    /// <summary>The parts the portal could not read in time, said in one line.</summary>
    public static TextMessage? Unavailable(IReadOnlyList<string> parts)
    {
        var names = parts.Select(PartName).Distinct().ToList();
        return names.Count == 0 ? null
            : new TextMessage($"いま、{string.Join("・", names)}を読み込めませんでした。時間をおいて、もう一度「ホーム」を選んでください。");
    }

    public static string PartName(string part) => part switch
    {
        "drafts" => "入力途中の申請",
        "applications" => "申請中の手続",
        "notices" => "お知らせ",
        "publicFundsAccount" => "公金受取口座",
        "certificate" => "電子証明書の有効期限",
        "proxies" => "代理で操作できる人",
        _ => "一部の情報",
    };

    /// <summary>One card per やること, each with the button that leads to it (the 公金受取口座 one: text only for now).</summary>
    public static Card Todo(HomeTodoView item) => item.Kind switch
    {
        "draft" => new Card($"入力途中：{item.Title ?? "申請"}", Due("保存期限", item.DueAt), [],
            [CardButton.ForAction("続きを入力", FormActions.Resume(item.TargetId ?? "").ToString())]),
        "correction-requested" => new Card($"補正依頼：{item.Title ?? "申請"}", $"受付番号 {item.TargetId}",
            [new CardField("内容", "申請先から修正を求められています。")],
            [CardButton.ForAction("申請状況を見る", StatusActions.Show(item.TargetId ?? "").ToString())]),
        "important-notice" => new Card($"重要なお知らせ：{item.Title ?? ""}", "まだ開いていません", [],
            [CardButton.ForAction("お知らせを開く", NoticeActions.Open(item.TargetId ?? "").ToString())]),
        "public-funds-account-invalid" => new Card("公金受取口座の確認", null,
            [new CardField("内容", "登録した口座の金融機関または支店が、金融機関の合併などで変わりました。公金受取口座の登録内容を変更してください。")],
            [CardButton.ForAction("公金受取口座を見る", PublicFundsAccountActions.Show.ToString())]),
        "certificate-expiring" => new Card("電子証明書の更新", Due("有効期限", item.DueAt),
            [new CardField("内容", "マイナンバーカードの電子証明書の有効期限が近づいています。お住まいの市区町村の窓口で更新してください。")],
            [CardButton.ForAction("手続を見る", BotActions.Detail(item.ProcedureId ?? "").ToString())]),
        _ => new Card("やること", null, [], []),
    };

    public static TextMessage Notices(HomeNoticesView notices)
    {
        var unread = notices.MoreUnread ? $"{notices.Unread}件以上" : $"{notices.Unread}件";
        if (notices.Latest.Count == 0)
        {
            return new TextMessage("お知らせはありません。");
        }
        var lines = notices.Latest.Select(n => $"・{(n.Read ? "" : "【未読】")}{n.Title}（{n.SenderName}、{StatusTexts.Date(n.PublishedAt)}）");
        return new TextMessage($"最近のお知らせ（未読 {unread}）\n{string.Join("\n", lines)}");
    }

    public static TextMessage Applications(IReadOnlyList<HomeApplicationView> applications) => applications.Count == 0
        ? new TextMessage("申請中の手続はありません。")
        : new TextMessage("申請中の手続\n" + string.Join("\n",
            applications.Select(a => $"・{a.ProcedureName ?? "手続"}：{a.Status.Label}（受付番号 {a.ReceiptNumber}）")));

    public static TextMessage ActingFor(IReadOnlyList<HomeActingForView> people) => new("代理で操作できる人\n" + string.Join("\n",
        people.Select(p => $"・{p.PrincipalName ?? "委任者"}さん（{StatusTexts.Date(p.ValidUntil)}まで）")));

    public static ChoicesMessage Next { get; } = new("ほかのご用件はメニューからどうぞ。",
        [
            Replies.Choice("やること", BotActions.Todo),
            Replies.Choice(NoticeTexts.MenuLabel, NoticeActions.List),
            Replies.Choice("申請状況", StatusActions.List),
            Replies.Choice("メニュー", BotActions.Home),
        ]);

    private static string? Due(string label, DateTimeOffset? at) => at is { } when ? $"{label} {StatusTexts.Date(when)}" : null;
}
