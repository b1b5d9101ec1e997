using System.Globalization;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Messages;
using Portal.Contracts.Applications.History;
using Portal.Contracts.Applications.Residents;
using Portal.Contracts.Applications.Events;

namespace Bot.Core.Applications;

/// <summary>申請状況's messages (Japanese: residents read them). Statuses use the portal's own labels.</summary>
public static class StatusTexts
{
    /// <summary>Dates are shown as residents in Japan read them, whatever the server's zone.</summary>
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public const string Unnamed = "電子申請";

    public static TextMessage Intro { get; } = new("申請の状況です（新しい順）。");

    public static TextMessage None { get; } = new("マイナポータルから申請した手続は、まだありません。");

    public static TextMessage NotFound { get; } = new("その申請は見つかりませんでした。受付番号をお確かめのうえ、「申請状況」から選び直してください。");

    public static Choice MoreChoice { get; } = Replies.Choice("もっと見る", StatusActions.More);

    public static Choice ListChoice { get; } = Replies.Choice("申請状況の一覧", StatusActions.List);

    public static Card Summary(ResidentApplicationSummary application) => new(
        application.ProcedureName ?? Unnamed,
        application.LocalGovernmentName,
        [
            new CardField("受付番号", application.ReceiptNumber),
            new CardField("状況", application.Status.Label),
            new CardField("更新日", Date(application.LastChangedAt)),
        ],
        [CardButton.ForAction("詳しく", StatusActions.Show(application.ReceiptNumber).ToString())]);

    /// <summary>The application and its history, oldest first; never the answers (they stay on the portal's site).</summary>
    public static Card Detail(ResidentApplicationDetail application) => new(
        application.ProcedureName ?? Unnamed,
        application.LocalGovernmentName,
        [
            new CardField("申請先", application.LocalGovernmentName ?? application.LocalGovernmentCode),
            new CardField("受付番号", application.ReceiptNumber),
            new CardField("現在の状況", application.Status.Label),
            new CardField("申請日", Date(application.SubmittedAt)),
            .. application.History.Select(History),
        ],
        [CardButton.ForAction("一覧に戻る", StatusActions.List.ToString())]);

    /// <summary>One history line: when (label), what and who, and the comment if any.</summary>
    public static CardField History(StatusChangeView change)
    {
        var what = change.From is { } from ? $"{from.Label} → {change.To.Label}" : change.To.Label;
        var who = change.Actor == "agency" ? "自治体" : "あなた";
        var text = $"{what}（{who}）";
        if (!string.IsNullOrWhiteSpace(change.Comment))
        {
            text += $" {change.Comment}";
        }
        return new CardField(DateTime(change.At), text);
    }

    /// <summary>The proactive notice: which application and its new status, and a way to the details (after login).</summary>
    public static ChoicesMessage Notice(ApplicationStatusNotice notice) => new(
        $"「{notice.ProcedureName ?? Unnamed}」（受付番号 {notice.ReceiptNumber}）の状況が「{notice.To.Label}」になりました。",
        [new Choice("詳しく見る", StatusActions.Show(notice.ReceiptNumber).ToString()), Replies.Choice("ホーム", BotActions.Home)]);

    /// <summary>"令和8年11月27日" (Japan's date).</summary>
    public static string Date(DateTimeOffset at) =>
        JapaneseDates.Format(JapaneseDates.Iso(DateOnly.FromDateTime(at.ToOffset(Japan).DateTime)));

    /// <summary>"令和8年11月27日 14:05" (Japan's time).</summary>
    public static string DateTime(DateTimeOffset at) =>
        $"{Date(at)} {at.ToOffset(Japan).ToString("H:mm", CultureInfo.InvariantCulture)}";
}
