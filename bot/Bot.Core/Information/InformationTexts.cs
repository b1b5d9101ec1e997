using Bot.Core.Conversations;
using Bot.Core.Messages;
using Portal.Contracts.Information;

namespace Bot.Core.Information;

/// <summary>わたしの情報's words in the chat: category names, dates and counts only, never a record's content.</summary>
public static class InformationTexts
{
    public const string MenuLabel = "わたしの情報";

    public static bool IsInformationWord(string text) => text is "わたしの情報" or "私の情報" or "自己情報";

    public static ChoicesMessage Groups(InformationCatalogueView catalogue) => new(
        "行政機関等が保有するあなたの情報（わたしの情報）を確認できます。分野を選んでください。",
        [.. catalogue.Groups.Where(g => catalogue.Categories.Any(c => c.Group == g.Id))
            .Select(g => Replies.Choice(g.Name, InformationActions.Group(g.Id)))]);

    public static ChoicesMessage Categories(InformationGroupView group, IEnumerable<InformationCategoryView> categories) => new(
        $"{group.Name}のどの項目を確認しますか。",
        [.. categories.Take(ChoicesMessage.MaxChoices - 1).Select(c => Replies.Choice(c.Name, InformationActions.Category(c.Id))),
            Replies.Choice("分野を選び直す", InformationActions.Start)]);

    public static ChoicesMessage AskDate(string categoryName) => new(
        $"「{categoryName}」の確認対象日を入力してください（例: 令和6年4月1日、R6.4.1、2024-04-01）。"
        + "期間で確認するときは「2024-04-01〜2024-06-30」のように入力してください。今日の情報なら「今日」を押してください。",
        [Replies.Choice("今日", InformationActions.Today), Replies.Choice("分野を選び直す", InformationActions.Start), Replies.Choice("ホーム", Actions.BotActions.Home)]);

    public static TextMessage DateNotRead { get; } = new(
        "日付が読み取れませんでした。「令和6年4月1日」「2024-04-01」のように、期間なら「2024-04-01〜2024-06-30」のように入力してください。");

    public static TextMessage NotAccepted { get; } = new("その日付・期間では確認できませんでした。別の日付で入力してください。");

    public static TextMessage Counts(InformationPeriod period, string line) => new($"わたしの情報（{period.Shown}）\n{line}");

    public static LinkMessage Link(Uri url) => new(
        "内容は、次のページで確認できます（10分間・1回だけ有効）。ページの「表示する」を押すと表示します。内容はチャットには表示しません。",
        "内容を表示する", url);

    public static ChoicesMessage After { get; } = new("ほかの項目も確認しますか。",
        [Replies.Choice("ほかの項目", InformationActions.Start), Replies.Choice("ホーム", Actions.BotActions.Home)]);
}
