using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Messages;

namespace Bot.Core.Exchanges;

/// <summary>やりとり履歴's words in the chat: periods and counts only, never an agency, an item or a task.</summary>
public static class ExchangeTexts
{
    public const string MenuLabel = "やりとり履歴";

    public static bool IsExchangesWord(string text) => text is "やりとり履歴" or "やりとり" or "情報提供等記録";

    /// <summary>A kind of exchange as residents read it (the portal stores codes).</summary>
    public static string KindName(string kind) => kind switch
    {
        "exchange" => "情報照会",
        "lookup" => "本人確認情報の照会",
        "application-read" => "申請の閲覧",
        "file-download" => "添付ファイルの取得",
        "site-provision" => "連携サイトへの提供",
        _ => "その他",
    };

    public static ChoicesMessage AskPeriod { get; } = new(
        "あなたの情報が、いつ、どの機関との間でやりとりされたかを確認できます（やりとり履歴）。"
        + "過去1年間なら「過去1年間」を押してください。期間を指定するときは「令和6年4月1日〜令和7年3月31日」「2024-04-01〜2025-03-31」"
        + "のように入力してください（7年前まで）。",
        [Replies.Choice("過去1年間", ExchangeActions.LastYear), Replies.Choice("ホーム", BotActions.Home)]);

    public static TextMessage PeriodNotRead { get; } = new(
        "期間が読み取れませんでした。「令和6年4月1日〜令和7年3月31日」「2024-04-01〜2025-03-31」のように入力してください。");

    public static TextMessage TooOld { get; } = new("やりとり履歴は7年間保存されます。7年より前からの期間は確認できません。期間を入力し直してください。");

    public static TextMessage NotAccepted { get; } = new("その期間では確認できませんでした。別の期間で入力してください。");

    public static TextMessage Counts(string line) => new(line);

    public static LinkMessage Link(Uri url) => new(
        "日時・照会機関・提供機関・情報の項目・事務は、次のページで確認できます（10分間・1回だけ有効）。"
        + "ページの「表示する」を押すと表示します。内容はチャットには表示しません。",
        "やりとり履歴を表示する", url);

    public static ChoicesMessage After { get; } = new("ほかの期間も確認しますか。",
        [Replies.Choice("ほかの期間", ExchangeActions.Start), Replies.Choice("ホーム", BotActions.Home)]);
}
