using Functions.Http.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Proxies.Appointing;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Proxies.Appointing;

/// <summary>代理人の設定: what is wrong with the request and what to do, in the resident's words.</summary>
public static class ProxyAppointmentProblems
{
    public static readonly ProblemType TermsInvalid = new("delegation-terms-invalid", 422, "代理人の設定内容に誤りがあります。");
    public static readonly ProblemType ProfileRequired = new("delegation-profile-required", 409, "利用者情報がまだ登録されていません。");
    public static readonly ProblemType PendingLimit = new("delegation-pending-limit", 409, "承認待ちの代理人の設定が多すぎます。");
    public static readonly ProblemType NotFound = new("delegation-not-found", 404, "代理人の設定が見つかりません。");
    public static readonly ProblemType Ended = new("delegation-already-ended", 409, "この代理人の設定はすでに終了しています。");

    public static void Register(ProblemMappings problems) => problems
        .Map<DelegationTermsInvalidException>((e, p) => p.Problem(TermsInvalid, Detail(e.Refusal), ("reason", Code(e.Refusal))))
        .Map<AppointmentProfileRequiredException>((_, p) => p.Problem(ProfileRequired,
            "代理人の設定には、あなたの氏名と生年月日をマイナンバーカードから読み取った利用者情報が必要です。"
            + "先にマイナンバーカードを読み取って利用者情報を登録してください（POST /api/me/profile/card-reading）。"))
        .Map<PendingDelegationLimitException>((e, p) => p.Problem(PendingLimit,
            $"相手のマイナンバーカードでの承認を待っている設定は{e.Limit}件までです。承認されるか期限が切れてから、もう一度お試しください。",
            ("limit", e.Limit)))
        .Map<DelegationNotFoundException>((_, p) => p.Problem(NotFound, "代理人一覧・委任者一覧をもう一度確認してください。"))
        .Map<DelegationEndedException>(Ending);

    private static ProblemHttpResult Ending(DelegationEndedException e, ProblemContext p) =>
        p.Problem(Ended, "取り消し・辞任・不成立となった設定は、もう一度終了することはできません。", ("state", e.State));

    private static string Code(DelegationTermsRefusal refusal) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(refusal.ToString());

    private static string Detail(DelegationTermsRefusal refusal) => refusal switch
    {
        DelegationTermsRefusal.NameRequired => $"相手の氏名をマイナンバーカードに記載のとおり入力してください（{AppointmentValidator.MaxNameLength}文字以内）。",
        DelegationTermsRefusal.DateOfBirthInvalid => "相手の生年月日を 1990-04-01 の形式で入力してください。",
        DelegationTermsRefusal.KindUnknown => "代理人の種類を、任意代理人（voluntary）か法定代理人（legal）から選んでください。",
        DelegationTermsRefusal.LegalBasisRequired => "法定代理人の場合は、親権者・未成年後見人・成年後見人のいずれかを選んでください。",
        DelegationTermsRefusal.LegalBasisNotAllowed => "任意代理人には法定代理の根拠を指定できません。",
        DelegationTermsRefusal.ServicesRequired => "代理人に利用を許可するサービスを1つ以上選んでください。",
        DelegationTermsRefusal.ServiceUnknown => "選べるサービスは、申請・わたしの情報・やりとり履歴・お知らせ・操作履歴です。",
        DelegationTermsRefusal.CategoriesWithoutInformation => "参照を許可する情報を選ぶには、わたしの情報の利用も許可してください。",
        DelegationTermsRefusal.CategoryUnknown => "参照を許可する情報は、わたしの情報の分類から選んでください。",
        DelegationTermsRefusal.PeriodInvalid => "代理できる期間の開始日と終了日を 2026-12-07 の形式で入力してください。",
        DelegationTermsRefusal.PeriodStartsInPast => "代理できる期間の開始日は今日以降にしてください。",
        DelegationTermsRefusal.PeriodReversed => "代理できる期間の終了日は開始日以降にしてください。",
        DelegationTermsRefusal.PeriodTooLong => "任意代理人の期間は5年以内にしてください。",
        DelegationTermsRefusal.PeriodBeyondMajority => "親権者・未成年後見人の期間は、ご本人が18歳になる誕生日の前日までにしてください。",
        DelegationTermsRefusal.PrincipalIsAdult => "ご本人はすでに18歳以上のため、親権者・未成年後見人としては設定できません。",
        DelegationTermsRefusal.Yourself => "ご自身を代理人・委任者に設定することはできません。",
        _ => "代理人の設定内容を確認してください。",
    };
}
