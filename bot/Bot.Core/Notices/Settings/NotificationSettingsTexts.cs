using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Portal.Contracts.Notices.Preferences;

namespace Bot.Core.Notices.Settings;

/// <summary>What 通知設定 says in the chat (Japanese: residents read them). Quick-reply labels stay within LINE's 20 characters.</summary>
public static class NotificationSettingsTexts
{
    public const string Label = "通知設定";

    /// <summary>What a resident types for the setting.</summary>
    public static bool IsSettingsWord(string text) => text is "通知設定" or "通知の設定" or "つうちせってい";

    public static Choice Entry { get; } = Replies.Choice(Label, NotificationSettingsActions.Show);

    private static Choice Back { get; } = Replies.Choice("戻る", NotificationSettingsActions.Show);

    /// <summary>The whole setting in words, with what can be changed.</summary>
    public static ChoicesMessage Summary(NotificationPreferencesView view, string? lead = null) => new(
        (lead is null ? "" : lead + "\n\n")
        + "通知設定です。お知らせは、いつでも「お知らせ」から読めます。そのほかの届け方は次のとおりです。\n"
        + string.Join("\n", NoticeCategoryNames.Ordered(view.Channels.Keys).Select(c => $"・{NoticeCategoryNames.Of(c)}：{ChannelsText(view.Channels[c])}"))
        + $"\n\n通知を控える時間帯：{QuietText(view.QuietHours)}"
        + (view.QuietHours is null ? "" : "（この間のお知らせは、時間帯が終わってから届きます。重要な防災のお知らせは、すぐに届きます）")
        + $"\n関心のある分類：{InterestsText(view.Interests)}",
        [
            Replies.Choice("届け方を変える", NotificationSettingsActions.Categories),
            Replies.Choice("控える時間帯", NotificationSettingsActions.QuietHours),
            Replies.Choice("関心のある分類", NotificationSettingsActions.Interests),
            NoticeTexts.ListChoice,
            NoticeTexts.MenuChoice,
        ]);

    public static ChoicesMessage Categories(NotificationPreferencesView view) => new(
        "どの分類のお知らせの届け方を変えますか？",
        [
            Replies.Choice("すべての分類", NotificationSettingsActions.Category(PreferenceChannelSets.AllCategories)),
            .. NoticeCategoryNames.Ordered(view.Channels.Keys).Select(c => Replies.Choice(NoticeCategoryNames.Of(c), NotificationSettingsActions.Category(c))),
            Back,
        ]);

    /// <summary>The four ways for one category (with what it has now) or for all of them.</summary>
    public static ChoicesMessage ChannelChoices(string category, NotificationPreferencesView view) => new(
        category == PreferenceChannelSets.AllCategories
            ? "すべての分類のお知らせを、どう届けますか？"
            : $"「{NoticeCategoryNames.Of(category)}」のお知らせを、どう届けますか？（今：{ChannelsText(view.Channels[category])}）",
        [
            .. PreferenceChannelSets.All.Select(s => Replies.Choice(SetLabel(s.Channels), NotificationSettingsActions.SetChannels(category, s.Set))),
            Back,
        ]);

    public static ChoicesMessage QuietHoursChoices(NotificationPreferencesView view) => new(
        $"通知を控える時間帯を選んでください（今：{QuietText(view.QuietHours)}）。この間のお知らせは、時間帯が終わってから届きます。"
        + "重要な防災のお知らせは、いつでもすぐに届きます。",
        [
            .. QuietHoursOptions.All.Select(o => Replies.Choice(Window(o.Start, o.End), NotificationSettingsActions.SetQuietHours(o.Id))),
            Replies.Choice("控えない", NotificationSettingsActions.SetQuietHours(QuietHoursOptions.Off)),
            Back,
        ]);

    /// <summary>Each category once: pressing a chosen one (✓) takes it out, another puts it in.</summary>
    public static ChoicesMessage InterestChoices(NotificationPreferencesView view, string? lead = null) => new(
        (lead is null ? "" : lead + "\n")
        + $"関心のある分類を選んでください。その分類に関心のある方向けのお知らせも届くようになります。押すたびに選ぶ・外すが切り替わります（今：{InterestsText(view.Interests)}）。",
        [
            .. NoticeCategoryNames.Ordered(view.Channels.Keys).Select(c => view.Interests.Contains(c)
                ? Replies.Choice($"✓{NoticeCategoryNames.Of(c)}", NotificationSettingsActions.RemoveInterest(c))
                : Replies.Choice(NoticeCategoryNames.Of(c), NotificationSettingsActions.AddInterest(c))),
            Replies.Choice("終わる", NotificationSettingsActions.Show),
        ]);

    public const string Saved = "通知設定を変更しました。";

    /// <summary>The portal refused the change: its own words (Japanese), and that nothing changed.</summary>
    public static TextMessage NotSaved(PortalProblem problem) => new(
        "通知設定を変更できませんでした。"
        + (problem.Detail ?? problem.Title ?? "少し時間をおいて、もう一度お試しください。")
        + "\n設定は変わっていません。");

    public static ChoicesMessage ChangedElsewhere { get; } = new(
        "ほかの画面で通知設定が同時に変更されたため、変更できませんでした。設定は変わっていません。いまの設定を確かめて、もう一度お試しください。",
        [Entry, NoticeTexts.MenuChoice]);

    /// <summary>The portal would not show the setting (e.g. registration not finished): its words, else a general one.</summary>
    public static TextMessage NotRead(PortalProblem? problem) => new(
        "通知設定を表示できませんでした。" + (problem?.Detail ?? problem?.Title ?? "少し時間をおいて、もう一度お試しください。"));

    public static string ChannelsText(IReadOnlyList<string> channels) => SetLabel(channels);

    private static string SetLabel(IReadOnlyList<string> channels) =>
        (channels.Contains(PreferenceChannelSets.Chat), channels.Contains(PreferenceChannelSets.Email)) switch
        {
            (true, true) => "チャットとメール",
            (true, false) => "チャットだけ",
            (false, true) => "メールだけ",
            _ => "届けない（お知らせ一覧のみ）",
        };

    private static string QuietText(QuietHoursView? quiet) => quiet is null ? "なし（いつでも届きます）" : Window(quiet.Start, quiet.End);

    /// <summary>"21:00〜翌8:00": the next day marked where the window crosses midnight.</summary>
    private static string Window(string start, string end) =>
        $"{Time(start)}〜{(string.CompareOrdinal(end, start) < 0 ? "翌" : "")}{Time(end)}";

    private static string Time(string hhmm) => hhmm.StartsWith('0') && hhmm.Length == 5 ? hhmm[1..] : hhmm;

    private static string InterestsText(IReadOnlyList<string> interests) =>
        interests.Count == 0 ? "なし" : string.Join("、", NoticeCategoryNames.Ordered(interests).Select(NoticeCategoryNames.Of));
}
