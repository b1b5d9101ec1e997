using Bot.Core.Actions;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Portal.Contracts.ResidentLookup;

namespace Bot.Core.LookupConsent;

/// <summary>What 本人確認情報の照会 says in the chat (Japanese: residents read them). Quick-reply labels stay within LINE's 20 characters.</summary>
public static class LookupConsentTexts
{
    public const string Label = "本人確認情報の照会";

    /// <summary>What a resident types for the setting.</summary>
    public static bool IsLookupWord(string text) => text is Label or "本人確認情報" or "ほんにんかくにんじょうほう";

    public static Choice Entry { get; } = Replies.Choice(Label, LookupConsentActions.Show);

    private static Choice Cancel { get; } = Replies.Choice("やめる", LookupConsentActions.Show);

    private static Choice Account { get; } = Replies.Choice("アカウント", Sessions.SessionActions.Menu);

    private static Choice Home { get; } = Replies.Choice("ホーム", BotActions.Home);

    /// <summary>What it is, the current choice, and the one button that changes it.</summary>
    public static ChoicesMessage Summary(LookupConsentView view, string? lead = null) => new(
        (lead is null ? "" : lead + "\n\n")
        + "本人確認情報の照会の設定です。\n"
        + "許可すると、行政機関が、あなたの基本4情報（氏名・住所・生年月日・性別）であなたを探せるようになります。\n"
        + "・許可するまでは、行政機関はあなたを探せません（初めは許可していません）。\n"
        + "・あなたが見つかった照会は、1件ずつ「やりとり履歴」に記録され、あなたが確かめられます。\n"
        + "・許可は、いつでも取り消せます。\n\n"
        + $"いまの設定：{StateText(view)}"
        + (view.HasProfile ? "" : "\n\n" + NoProfile),
        [
            view.Allowed
                ? Replies.Choice("許可を取り消す", LookupConsentActions.Ask(false))
                : Replies.Choice("許可する", LookupConsentActions.Ask(true)),
            Account,
            Home,
        ]);

    /// <summary>The confirmation before a change: what it will mean, and a way back that changes nothing.</summary>
    public static ChoicesMessage Confirm(bool allow, LookupConsentView view) => allow
        ? new("本人確認情報の照会を許可します。行政機関が、あなたの基本4情報（氏名・住所・生年月日・性別）であなたを探せるようになります。"
              + "見つかった照会は「やりとり履歴」に記録されます。よろしいですか？"
              + (view.HasProfile ? "" : "\n\n" + NoProfile),
            [Replies.Choice("許可する", LookupConsentActions.Set(true)), Cancel])
        : new("本人確認情報の照会の許可を取り消します。取り消したときから、行政機関は基本4情報であなたを探せなくなります。よろしいですか？",
            [Replies.Choice("取り消す", LookupConsentActions.Set(false)), Cancel]);

    public const string Allowed = "本人確認情報の照会を許可しました。";

    public const string Withdrawn = "本人確認情報の照会の許可を取り消しました。";

    /// <summary>A confirmation pressed again, or after the same change was made elsewhere: nothing to do.</summary>
    public static string Already(bool allow) => allow
        ? "すでに本人確認情報の照会を許可しています。設定は変わっていません。"
        : "本人確認情報の照会は、すでに許可していません。設定は変わっていません。";

    /// <summary>The portal would not show the setting (e.g. registration not finished): its words, else a general one.</summary>
    public static TextMessage NotRead(PortalProblem? problem) => new(
        "本人確認情報の照会の設定を表示できませんでした。" + Words(problem));

    /// <summary>The portal refused the change: its own words, and that nothing changed.</summary>
    public static TextMessage NotSaved(PortalProblem? problem) => new(
        "本人確認情報の照会の設定を変更できませんでした。" + Words(problem) + "\n設定は変わっていません。");

    private const string NoProfile =
        "※まだマイナンバーカードの利用者情報（基本4情報）を読み取っていないため、許可していても、照会であなたが見つかることはありません。"
        + "カードの利用者情報を読み取ると、見つかるようになります。";

    private static string StateText(LookupConsentView view) => view.Allowed
        ? "許可しています" + (view.AllowedAt is { } at ? $"（{StatusTexts.DateTime(at)}から）" : "")
        : "許可していません";

    private static string Words(PortalProblem? problem) => problem?.Detail ?? problem?.Title ?? "少し時間をおいて、もう一度お試しください。";
}
