using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Contracts.Errors;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Residents;

namespace Portal.Functions.Http.Problems;

/// <summary>The Japanese wording of the account feature's problems: every bad field at once, tries left, what to do next.</summary>
internal static class AccountProblems
{
    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["email"] = "メールアドレス",
        ["notificationsEnabled"] = "メール通知",
        ["termsVersion"] = "利用規約への同意",
        ["version"] = "利用規約の版",
        ["code"] = "確認コード",
        ["from"] = "開始日時",
        ["to"] = "終了日時",
        ["pageSize"] = "表示件数",
        ["continuationToken"] = "続きの位置",
        ["continuation"] = "続きの位置",
        ["limit"] = "表示件数",
        ["status"] = "状況",
        ["comment"] = "コメント",
    };

    public static ProblemHttpResult InvalidInput(ProblemMapper mapper, InvalidInputException e, HttpContext http)
    {
        var errors = e.Errors.Select(error => new Dictionary<string, object?>
        {
            ["field"] = error.Field,
            ["code"] = error.Code,
            ["detail"] = Detail(error),
        }).ToList();
        return mapper.Build(ProblemTypes.InvalidInput, http, string.Join(" ", errors.Select(error => error["detail"])), ("errors", errors));
    }

    public static ProblemHttpResult State(ProblemMapper mapper, AccountStateException e, HttpContext http) =>
        e.Required == AccountStates.Registered
            ? mapper.Build(ProblemTypes.RegistrationRequired, http, "利用者登録を完了してからご利用ください。")
            : mapper.Build(ProblemTypes.AlreadyRegistered, http, "登録内容の変更はアカウント設定から行えます。");

    public static ProblemHttpResult Confirmation(ProblemMapper mapper, ConfirmationRefusedException e, HttpContext http) => e.Refusal switch
    {
        ConfirmationRefusal.Incorrect when e.RemainingAttempts > 0 => mapper.Build(ProblemTypes.ConfirmationCodeIncorrect, http,
            $"メールに記載された6桁の確認コードを入力してください（あと{e.RemainingAttempts}回入力できます）。",
            ("remainingAttempts", e.RemainingAttempts)),
        ConfirmationRefusal.Incorrect => mapper.Build(ProblemTypes.ConfirmationCodeIncorrect, http,
            "入力回数の上限に達したため、この確認コードは使えなくなりました。確認コードを再送信してください。",
            ("remainingAttempts", 0)),
        ConfirmationRefusal.Expired => mapper.Build(ProblemTypes.ConfirmationCodeExpired, http,
            "確認コードの有効期限（10分）を過ぎました。確認コードを再送信してください。"),
        ConfirmationRefusal.Locked => mapper.Build(ProblemTypes.ConfirmationCodeLocked, http,
            "この確認コードは使えません。確認コードを再送信してください。", ("remainingAttempts", 0)),
        _ => mapper.Build(ProblemTypes.ConfirmationNotStarted, http, "メールアドレスを入力し、確認コードを送信してください。"),
    };

    private static string Detail(FieldError error)
    {
        var name = FieldNames.GetValueOrDefault(error.Field, error.Field);
        return error.Code switch
        {
            FieldErrorCodes.Required when error.Field == "termsVersion" => "利用規約に同意してください。",
            FieldErrorCodes.Required => $"{name}を入力してください。",
            FieldErrorCodes.TooLong => $"{name}は{error.Limit}文字以内で入力してください。",
            FieldErrorCodes.InvalidEmail => "メールアドレスの形式が正しくありません（例: hanako@example.jp）。",
            FieldErrorCodes.Unchanged => "現在登録されているメールアドレスと同じです。",
            FieldErrorCodes.NotCurrentTerms => "利用規約が改定されています。最新の利用規約を確認して、もう一度同意してください。",
            FieldErrorCodes.InvalidCode => $"確認コードは{error.Limit}桁の数字で入力してください。",
            FieldErrorCodes.InvalidTime => $"{name}は 2026-11-27 や 2026-11-27T09:00:00+09:00 の形式で指定してください。",
            FieldErrorCodes.InvalidRange => "開始日時は終了日時より前にしてください。",
            FieldErrorCodes.OutOfRange => $"{name}は1から{error.Limit}までの数で指定してください。",
            FieldErrorCodes.InvalidContinuation => "続きの位置が正しくありません。最初から表示し直してください。",
            _ => $"{name}の値が正しくありません。",
        };
    }
}
