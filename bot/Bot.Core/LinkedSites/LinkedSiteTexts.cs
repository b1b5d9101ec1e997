using Bot.Core.Actions;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Portal.Contracts.LinkedSites;

namespace Bot.Core.LinkedSites;

/// <summary>What 連携中のサイト says in the chat (Japanese: residents read them). Quick-reply labels stay within LINE's 20 characters.</summary>
public static class LinkedSiteTexts
{
    public const string Label = "連携中のサイト";

    /// <summary>What a resident types for the list.</summary>
    public static bool IsLinkedSitesWord(string text) => text is Label or "外部サイト連携" or "連携サイト" or "れんけいちゅうのさいと";

    public static Choice Entry { get; } = Replies.Choice(Label, LinkedSiteActions.List);

    private static Choice Account { get; } = Replies.Choice("アカウント", Sessions.SessionActions.Menu);

    private static Choice Home { get; } = Replies.Choice("ホーム", BotActions.Home);

    public static TextMessage Intro { get; } = new(
        "マイナポータルと連携中のサイトです。連携したサイトは、あなたが同意した情報を読み取れます。"
        + "もう使わないサイトや心当たりのないサイトは「連携を解除」を押してください。");

    public static ChoicesMessage None { get; } = new(
        "連携中のサイトはありません。ほかのサイトで「マイナポータルでログイン」を使って同意すると、ここに表示されます。",
        [Account, Home]);

    public static ChoicesMessage After { get; } = new("ほかのご用件は、下から選んでください。", [Account, Home]);

    public const string Kept = "連携の解除をやめました。連携はそのままです。";

    /// <summary>One site as a card: when it was linked, what it may read, its last use, and the unlink button.</summary>
    public static Card Card(LinkedSiteView site, IReadOnlyList<string> reads) => new(
        site.Name,
        null,
        [
            new CardField("連携した日時", StatusTexts.DateTime(site.LinkedAt)),
            new CardField("読み取れる情報", string.Join("、", reads)),
            new CardField("最終利用", site.LastUsedAt is { } used ? StatusTexts.DateTime(used) : "まだ使われていません"),
        ],
        [CardButton.ForAction("連携を解除", LinkedSiteActions.Ask(site.SiteId).ToString())]);

    /// <summary>The confirmation: what unlinking means, and a way back that changes nothing.</summary>
    public static ChoicesMessage Confirm(LinkedSiteView site, IReadOnlyList<string> reads) => new(
        $"「{site.Name}」との連携を解除します。\n"
        + $"解除すると、このサイトはあなたの情報（{string.Join("、", reads)}）を読み取れなくなります。"
        + "このサイトをもう一度マイナポータルとつないで使うときは、改めて同意が必要です。よろしいですか？",
        [Replies.Choice("解除する", LinkedSiteActions.Unlink(site.SiteId)), Replies.Choice("やめる", LinkedSiteActions.Keep)]);

    public static ChoicesMessage Unlinked(string siteName) => new(
        $"「{siteName}」との連携を解除しました。このサイトは、もうあなたの情報を読み取れません。この操作は「操作履歴」に記録されています。",
        [Entry, Account, Home]);

    /// <summary>A button for a site already unlinked (here, in the portal, or by the account's deletion).</summary>
    public static ChoicesMessage NotLinked { get; } = new(
        "そのサイトとの連携は、すでに解除されています。「連携中のサイト」で、いまの一覧を確かめてください。",
        [Entry, Account, Home]);

    /// <summary>The portal would not show the list (e.g. registration not finished): its words, else a general one.</summary>
    public static TextMessage NotRead(PortalProblem? problem) => new("連携中のサイトを表示できませんでした。" + Words(problem));

    /// <summary>The portal refused the unlink: its own words, and that nothing changed.</summary>
    public static TextMessage NotUnlinked(PortalProblem? problem) => new(
        "連携を解除できませんでした。" + Words(problem) + "\n連携は変わっていません。");

    private static string Words(PortalProblem? problem) => problem?.Detail ?? problem?.Title ?? "少し時間をおいて、もう一度お試しください。";
}
