using Portal.Domain.Notices.Personal;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// Tells the principal when a proxy is registered, cancelled or resigns (<see cref="PortalNoticeSender"/>: a personal
/// notice, and e-mail when their 通知設定 ask for it). The notice names the proxy and the services; it is one per
/// delegation and event.
/// </summary>
public sealed class ProxyNotices(PortalNoticeSender sender, DelegationWords words)
{
    private const string Warning = "心当たりがない場合は、すぐに代理人の設定を取り消してください。";

    public async Task TellPrincipalAsync(Delegation delegation, ProxyEvent what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        if (delegation.PrincipalId is not { } principal)
        {
            return;
        }
        var (title, body) = Text(delegation, what);
        await sender.TellAsync(principal, $"delegation\n{delegation.Id}\n{what}", title, body,
            "proxy-" + what.ToString().ToLowerInvariant(), cancellationToken);
    }

    private (string Title, string Body) Text(Delegation delegation, ProxyEvent what)
    {
        var proxy = delegation.ProxyName ?? delegation.Invited.Name;
        var terms = words.What(delegation);
        return what switch
        {
            ProxyEvent.Registered => ("代理人が登録されました",
                $"{proxy} さんがあなたの代理人として登録されました（{terms}）。\n\n{Warning}"),
            ProxyEvent.Revoked => ("代理人の設定を取り消しました",
                $"{proxy} さんの代理人の設定を取り消しました（{terms}）。{proxy} さんは、今後あなたの代理で操作できません。\n\n"
                + "この操作に心当たりがない場合は、操作履歴を確認し、お問い合わせ窓口にご連絡ください。"),
            _ => ("代理人が辞任しました",
                $"{proxy} さんが、あなたの代理人を辞任しました（{terms}）。今後 {proxy} さんはあなたの代理で操作できません。\n\n{Warning}"),
        };
    }
}
