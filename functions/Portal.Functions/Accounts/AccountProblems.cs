using Functions.Http.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Accounts.Profile;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Accounts;

/// <summary>利用者登録, アカウント設定, the account's certificates and 利用者情報: tries left and what to do next.</summary>
public static class AccountProblems
{
    public static readonly ProblemType RegistrationRequired = new("registration-required", 403, "利用者登録が完了していません。");
    public static readonly ProblemType AlreadyRegistered = new("already-registered", 409, "利用者登録はすでに完了しています。");
    public static readonly ProblemType ConfirmationCodeIncorrect = new("confirmation-code-incorrect", 400, "確認コードが正しくありません。");
    public static readonly ProblemType ConfirmationCodeExpired = new("confirmation-code-expired", 410, "確認コードの有効期限が切れています。");
    public static readonly ProblemType ConfirmationCodeLocked = new("confirmation-code-locked", 410, "確認コードの入力回数の上限に達しました。");
    public static readonly ProblemType ConfirmationNotStarted = new("confirmation-not-started", 404, "確認コードが送信されていません。");
    public static readonly ProblemType CertificateHeldElsewhere = new("certificate-held-by-another-account", 409, "この電子証明書は別のアカウントで使用されています。");
    public static readonly ProblemType CardRequestPending = new("card-request-pending", 409, "マイナンバーカードの読み取りがまだ完了していません。");
    public static readonly ProblemType ProfileNotFound = new("profile-not-found", 404, "利用者情報はまだ登録されていません。");
    public static readonly ProblemType ProfileRequired = new("profile-required", 409, "入力補助に使う利用者情報がありません。");

    public static void Register(ProblemMappings problems) => problems
        .Map<AccountStateException>((e, p) => e.Required == AccountStates.Registered
            ? p.Problem(RegistrationRequired, "利用者登録を完了してからご利用ください。")
            : p.Problem(AlreadyRegistered, "登録内容の変更はアカウント設定から行えます。"))
        .Map<ConfirmationRefusedException>(Confirmation)
        .Map<CertificateHeldElsewhereException>((_, p) => p.Problem(CertificateHeldElsewhere,
            "別のアカウントに登録されているマイナンバーカードは追加できません。"))
        .Map<CardRequestPendingException>((_, p) => p.Problem(CardRequestPending,
            "署名用アプリでマイナンバーカードを読み取ってから、もう一度お試しください。"))
        .Map<ProfileNotFoundException>((_, p) => p.Problem(ProfileNotFound,
            "マイナンバーカードの券面事項入力補助用の暗証番号（4桁）を使って、利用者情報を読み取ってください（POST /api/me/profile/card-reading）。"))
        .Map<ProfileRequiredException>((_, p) => p.Problem(ProfileRequired,
            "入力補助を使うには、先にマイナンバーカードから利用者情報を読み取ってください（POST /api/me/profile/card-reading）。"
            + "読み取りには署名用アプリと券面事項入力補助用の暗証番号（4桁）が必要です。"))
        .Name("email", "メールアドレス")
        .Name("notificationsEnabled", "メール通知")
        .Name("termsVersion", "利用規約への同意")
        .Name("version", "利用規約の版")
        .Name("code", "確認コード");

    private static ProblemHttpResult Confirmation(ConfirmationRefusedException e, ProblemContext p) => e.Refusal switch
    {
        ConfirmationRefusal.Incorrect when e.RemainingAttempts > 0 => p.Problem(ConfirmationCodeIncorrect,
            $"メールに記載された6桁の確認コードを入力してください（あと{e.RemainingAttempts}回入力できます）。",
            ("remainingAttempts", e.RemainingAttempts)),
        ConfirmationRefusal.Incorrect => p.Problem(ConfirmationCodeIncorrect,
            "入力回数の上限に達したため、この確認コードは使えなくなりました。確認コードを再送信してください。",
            ("remainingAttempts", 0)),
        ConfirmationRefusal.Expired => p.Problem(ConfirmationCodeExpired,
            "確認コードの有効期限（10分）を過ぎました。確認コードを再送信してください。"),
        ConfirmationRefusal.Locked => p.Problem(ConfirmationCodeLocked,
            "この確認コードは使えません。確認コードを再送信してください。", ("remainingAttempts", 0)),
        _ => p.Problem(ConfirmationNotStarted, "メールアドレスを入力し、確認コードを送信してください。"),
    };
}
