using Functions.Http.Problems;
using Portal.Domain.Proxies.Acting;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Proxies.Acting;

/// <summary>代理人として操作する: a delegation not (or no longer) in effect, and what a proxy may not do.</summary>
public static class ActingProblems
{
    public static readonly ProblemType DelegationEnded = new("delegation-ended", 401, "代理の権限が取り消されたか、期間が終わっています。");
    public static readonly ProblemType NotDelegated = new("not-delegated", 403, "代理人には、この操作は任されていません。");
    public static readonly ProblemType DelegationNotFound = new("acting-delegation-not-found", 404, "代理の設定が見つかりませんでした。");

    public static void Register(ProblemMappings problems) => problems
        .Map<DelegationEndedException>((_, p) =>
        {
            // RFC 6750 §3: this token will not work again; exchanging again will not help either.
            p.Http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return p.Problem(DelegationEnded, "委任者に代理人の設定を確認してもらってください。自分の手続は「自分に戻る」で続けられます。");
        })
        .Map<NotDelegatedException>((_, p) => p.Problem(NotDelegated,
            "委任者が代理人に任せたサービスと情報だけを操作できます。アカウントの設定や代理人の設定などは、本人だけが行えます。"))
        .Map<DelegationNotFoundException>((_, p) => p.Problem(DelegationNotFound,
            "代理人として有効な設定がありません。委任者の一覧をもう一度確認してください。"));
}
