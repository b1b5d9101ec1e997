using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Messages;

namespace Bot.Core.Proxies.Acting;

/// <summary>What acting for a principal says (Japanese: residents read it). Never a principal's name.</summary>
public static class ActingTexts
{
    /// <summary>Every message of a conversation acting for a principal starts with it (see <see cref="ActingMarker"/>).</summary>
    public const string Marker = "（代理で操作中）";

    public const string BackLabel = "自分に戻る";

    public static Choice BackChoice => Replies.Choice(BackLabel, ActingActions.Self);

    public static bool IsActWord(string text) => text is "代理で操作" or "代理で操作する" or "代理人として操作";

    public static bool IsBackWord(string text) => text is "自分に戻る" or "自分の手続き";

    /// <summary>The portal ended the delegation (revoked, resigned, or its period over): the resident is themselves again.</summary>
    public static TextMessage Ended { get; } = new("代理の権限が取り消されたか、期間が終わっています。自分の手続きに戻りました。");

    public static TextMessage NotDelegable { get; } = new("この操作は代理では行えません。");

    public static TextMessage NotWhileActing { get; } = new(
        "代理で操作している間は、アカウントの操作（ログイン中の端末、連携中のサイト、通知設定、代理人の設定など）はできません。"
        + "「自分に戻る」を押してからご利用ください。");

    public static TextMessage NobodysProxy { get; } = new("代理で操作できる委任者はいません。");

    public static TextMessage CouldNotStart { get; } = new("代理での操作を始められませんでした。委任者の設定が有効か、マイナポータルでご確認ください。");

    public static TextMessage BackToSelf { get; } = new("自分の手続きに戻りました。");

    public static TextMessage AlreadySelf { get; } = new("いまは自分の手続きを操作しています。");

    public static string Label(int number) => $"委任者{number}";

    public static TextMessage Started(string label) => new($"{label}の代理で操作します。メニューから手続きを選んでください。終わったら「{BackLabel}」を押してください。");

    /// <summary>The question: each principal by number, what is delegated and until when; the buttons carry the number only.</summary>
    public static string Question(IReadOnlyList<(string Label, IReadOnlyList<string> Services, string ValidUntil)> principals) =>
        "どなたの手続きをしますか。\n" + string.Join("\n", principals.Select(p =>
            $"{p.Label}（{string.Join("・", p.Services.Select(ServiceName))}／{Day(p.ValidUntil)}まで）"));

    public static string ServiceName(string service) => service switch
    {
        "applications" => "申請",
        "information" => "わたしの情報",
        "exchanges" => "やりとり履歴",
        "notices" => "お知らせ",
        "history" => "操作履歴",
        _ => "その他",
    };

    /// <summary>yyyy-MM-dd as 2027年12月6日.</summary>
    private static string Day(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? $"{d.Year}年{d.Month}月{d.Day}日"
            : day;
}
