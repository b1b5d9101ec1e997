using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Portal.Contracts.Proxies;

namespace Bot.Core.Proxies.Appointing;

/// <summary>What 代理人 says in the chat (Japanese: residents read them). Quick-reply labels stay within LINE's 20 characters.</summary>
public static class AppointingTexts
{
    public const string Label = "代理人";

    /// <summary>What a resident types for the menu.</summary>
    public static bool IsProxiesWord(string text) => text is Label or "代理人一覧" or "委任者一覧" or "代理人の設定" or "だいりにん";

    public static Choice Entry { get; } = Replies.Choice(Label, AppointingActions.Menu);

    private static Choice ProxiesChoice { get; } = Replies.Choice("代理人一覧", AppointingActions.Proxies);

    private static Choice PrincipalsChoice { get; } = Replies.Choice("委任者一覧", AppointingActions.Principals);

    private static Choice AppointChoice { get; } = Replies.Choice("代理人を指定する", AppointingActions.AppointProxy);

    private static Choice BecomeChoice { get; } = Replies.Choice("代理人になる（委任を受ける）", AppointingActions.BecomeProxy);

    private static Choice Account { get; } = Replies.Choice("アカウント", Sessions.SessionActions.Menu);

    private static Choice Home { get; } = Replies.Choice("ホーム", BotActions.Home);

    public static ChoicesMessage Menu { get; } = new(
        "代理人について、ご用件を選んでください。代理人は、あなたが許可したサービスと期間で、あなたの手続きができます。"
        + "設定には、あなたと相手の方、それぞれのマイナンバーカードが必要です。",
        [ProxiesChoice, PrincipalsChoice, AppointChoice, BecomeChoice, Account, Home]);

    public static TextMessage Intro(string role) => new(role == DelegationRoles.Principal
        ? "あなたの代理人です（相手の方のお名前は、名字のみ表示しています）。"
        : "あなたが代理人になっている方（委任者）です（お名前は、名字のみ表示しています）。");

    public static ChoicesMessage None(string role) => new(role == DelegationRoles.Principal
        ? "代理人は設定されていません。"
        : "あなたが代理人になっている方はいません。",
        [role == DelegationRoles.Principal ? AppointChoice : BecomeChoice, Account, Home]);

    public static ChoicesMessage After(string role) => new("ほかのご用件は、下から選んでください。",
        [role == DelegationRoles.Principal ? PrincipalsChoice : ProxiesChoice, role == DelegationRoles.Principal ? AppointChoice : BecomeChoice, Account, Home]);

    public static string ListLabel(string role) => role == DelegationRoles.Principal ? "代理人一覧" : "委任者一覧";

    /// <summary>One delegation: the other party (family name only), kind, services in words, period, state, and its buttons.</summary>
    public static Card Card(DelegationView delegation, string role, IReadOnlyDictionary<string, string> categoryNames) => new(
        $"{DelegationLabels.MaskedName(delegation.OtherName)} さん",
        DelegationLabels.State(delegation.State),
        [
            new CardField("種類", DelegationLabels.Kind(delegation.Kind, delegation.LegalBasis)),
            new CardField("サービス", DelegationLabels.ServicesInWords(delegation.Services, delegation.InformationCategories, categoryNames)),
            new CardField("期間", DelegationLabels.Period(delegation.ValidFrom, delegation.ValidUntil)),
        ],
        Buttons(delegation, role));

    private static IReadOnlyList<CardButton> Buttons(DelegationView delegation, string role) => delegation.State switch
    {
        "pending" => [Button("確認する", AppointingActions.Check(role, delegation.Id)), Button(EndLabel(role, pending: true), AppointingActions.AskEnd(role, delegation.Id))],
        "active" => [Button(EndLabel(role, pending: false), AppointingActions.AskEnd(role, delegation.Id))],
        _ => [],
    };

    private static CardButton Button(string label, BotAction action) => CardButton.ForAction(label, action.ToString());

    private static string EndLabel(string role, bool pending) => role == DelegationRoles.Principal ? "取り消す" : pending ? "取り下げる" : "辞任する";

    /// <summary>The confirmation: what ending means, and a way back that changes nothing.</summary>
    public static ChoicesMessage ConfirmEnd(DelegationView delegation, string role)
    {
        var who = $"{DelegationLabels.MaskedName(delegation.OtherName)} さん";
        var pending = delegation.State == "pending";
        var text = (role, pending) switch
        {
            (DelegationRoles.Principal, false) => $"代理人 {who} への設定を取り消します。取り消すと、代理人はすぐにあなたの手続きができなくなります。よろしいですか？",
            (DelegationRoles.Principal, true) => $"{who} への承認待ちの設定を取り消します。取り消すと、相手の方のカードで承認できなくなります。よろしいですか？",
            (_, false) => $"{who} の代理人を辞任します。辞任すると、あなたはすぐに {who} の手続きができなくなり、{who} にお知らせが届きます。よろしいですか？",
            _ => $"{who} への、代理人になる依頼を取り下げます。取り下げると、相手の方のカードで承認できなくなります。よろしいですか？",
        };
        return new ChoicesMessage(text,
            [Replies.Choice(EndLabel(role, pending), AppointingActions.End(role, delegation.Id)), Replies.Choice("やめる", AppointingActions.Keep(role))]);
    }

    public static ChoicesMessage Ended(DelegationView ended, string role) => new((role, ended.State) switch
    {
        (DelegationRoles.Principal, _) => "取り消しました。代理人は、もうあなたの手続きができません。この操作は「操作履歴」に記録されています。",
        (_, "resigned") => "辞任しました。あなたは、もうこの方の手続きができません。この操作は「操作履歴」に記録されています。",
        _ => "依頼を取り下げました。この操作は「操作履歴」に記録されています。",
    }, [role == DelegationRoles.Principal ? ProxiesChoice : PrincipalsChoice, Account, Home]);

    public static string Kept(string role) => role == DelegationRoles.Principal
        ? "取り消しをやめました。代理人の設定はそのままです。"
        : "辞任・取り下げをやめました。設定はそのままです。";

    /// <summary>A button for a delegation that is not (or no longer) this resident's on that side.</summary>
    public static ChoicesMessage NotFound(string role) => new(
        $"その代理人の設定は見つかりません。「{ListLabel(role)}」で、いまの一覧を確かめてください。",
        [role == DelegationRoles.Principal ? ProxiesChoice : PrincipalsChoice, Account, Home]);

    /// <summary>A button for a delegation already revoked, resigned or declined: nothing is sent.</summary>
    public static ChoicesMessage AlreadyEnded(string role) => new(
        $"その代理人の設定は、すでに終了しています。「{ListLabel(role)}」で、いまの一覧を確かめてください。",
        [role == DelegationRoles.Principal ? ProxiesChoice : PrincipalsChoice, Account, Home]);

    /// <summary>確認する: the portal's decision on the other person's card, in a word.</summary>
    public static ChoicesMessage Checked(DelegationView delegation, string role) => delegation.State switch
    {
        "active" => new("登録されました。代理人の設定が有効になりました。この操作は「操作履歴」に記録されています。",
            [role == DelegationRoles.Principal ? ProxiesChoice : PrincipalsChoice, Home]),
        "declined" => new("本人確認ができませんでした。設定は登録されていません。相手の方の氏名と生年月日を確かめて、もう一度設定してください。",
            [role == DelegationRoles.Principal ? AppointChoice : BecomeChoice, Home]),
        "pending" => new("まだです。相手の方がマイナンバーカードで承認すると登録されます。承認が終わったら、もう一度「確認する」を押してください。",
            [Replies.Choice("確認する", AppointingActions.Check(role, delegation.Id)), Home]),
        _ => AlreadyEnded(role),
    };

    /// <summary>The portal refused (a list, a start, an end): its own words.</summary>
    public static TextMessage Refused(string lead, PortalProblem? problem) => new(lead + Words(problem));

    private static string Words(PortalProblem? problem) =>
        problem is null ? "少し時間をおいて、もう一度お試しください。"
        : problem.Detail is { } detail && problem.Title is { } title ? $"{title}{detail}"
        : problem.Detail ?? problem.Title ?? "少し時間をおいて、もう一度お試しください。";
}
