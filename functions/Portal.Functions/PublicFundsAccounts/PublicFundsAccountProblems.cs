using Functions.Http.Problems;
using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.Payments;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.PublicFundsAccounts;

/// <summary>公金受取口座: none registered, no name read from the card, a lost race; and its fields as residents read them.</summary>
public static class PublicFundsAccountProblems
{
    public static readonly ProblemType NotFound = new("public-funds-account-not-found", 404, "公金受取口座は登録されていません。");
    public static readonly ProblemType ProfileRequired = new("public-funds-account-profile-required", 409, "利用者情報がありません。");
    public static readonly ProblemType Conflict = new("public-funds-account-conflict", 409, "公金受取口座は、ほかの画面や端末で変更されました。");

    public static readonly ProblemType PurposeNotAllowed = new("payment-purpose-not-allowed", 403, "この目的で公金受取口座を照会することはできません。");
    public static readonly ProblemType NotRegistered = new("payment-account-not-registered", 404, "この住民は公金受取口座を登録していません。");

    public static void Register(ProblemMappings problems) => problems
        .Map<PublicFundsAccountNotFoundException>((_, p) => p.Problem(NotFound,
            "公金受取口座を登録するには、金融機関・支店・預金種別・口座番号・口座名義（カナ）を送信してください（PUT /api/me/public-funds-account）。"))
        .Map<PaymentPurposeNotAllowedException>((e, p) => p.Problem(PurposeNotAllowed,
            "公金受取口座を照会できる給付と機関の種類は決まっています（purpose）。この照会は記録され、住民のやりとり履歴に表示されます。",
            ("purpose", e.Purpose)))
        .Map<PaymentAccountNotRegisteredException>((_, p) => p.Problem(NotRegistered,
            "口座の登録がない旨を、住民のやりとり履歴に記録しました。"))
        .Map<PublicFundsAccountProfileRequiredException>((_, p) => p.Problem(ProfileRequired,
            "公金受取口座はご本人名義の口座に限られます。先にマイナンバーカードから利用者情報（氏名）を読み取ってください"
            + "（POST /api/me/profile/card-reading）。読み取りには署名用アプリと券面事項入力補助用の暗証番号（4桁）が必要です。"))
        .Map<PublicFundsAccountConflictException>((_, p) => p.Problem(Conflict,
            "この変更は保存されていません。最新の登録内容を確認してから、もう一度お試しください。"))
        .Name("bankCode", "金融機関コード")
        .Name("branchCode", "支店コード")
        .Name("accountType", "預金種別")
        .Name("accountNumber", "口座番号")
        .Name("holderKana", "口座名義（カナ）");
}
