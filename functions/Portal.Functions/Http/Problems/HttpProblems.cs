using Functions.Http.Bodies;
using Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Contracts.Errors;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Http.Problems;

/// <summary>
/// The problems of the edge itself, shared by every feature: bare statuses and errors nobody mapped, bodies that
/// cannot be read, limits, storage conflicts and outages, bearer tokens, and invalid input (named with the field names
/// the features register).
/// </summary>
public static class HttpProblems
{
    public static void Register(ProblemMappings problems) => problems
        .MapStatus((status, p) => p.Problem(ProblemTypes.ForStatus(status), null))
        .Unavailable(StorageFailures.IsUnavailable)
        .Map<PayloadTooLargeException>((e, p) => p.Problem(ProblemTypes.PayloadTooLarge,
            $"{e.LimitBytes:N0}バイト以下にして送信してください。", ("limitBytes", e.LimitBytes)))
        .Map<MalformedJsonException>((e, p) => p.Problem(ProblemTypes.MalformedJson, MalformedJsonDetail(e),
            ("reason", e.Reason), ("path", e.Path), ("line", e.LineNumber), ("bytePositionInLine", e.BytePositionInLine)))
        .Map<UnsupportedMediaTypeException>((_, p) => p.Problem(ProblemTypes.UnsupportedMediaType,
            "Content-Type を application/json にして送信してください。"))
        .Map<BadHttpRequestException>((e, p) => p.Problem(
            e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ProblemTypes.PayloadTooLarge : ProblemTypes.ForStatus(e.StatusCode), null))
        .Map<RateLimitExceededException>(TooManyRequests)
        .Map<ConcurrencyConflictException>((_, p) => p.Problem(ProblemTypes.ConcurrencyConflict, null))
        .Map<DuplicateDocumentException>((_, p) => p.Problem(ProblemTypes.Duplicate, null))
        .Map<DependencyUnavailableException>((e, p) => p.Problem(ProblemTypes.ServiceUnavailable, null, ("dependency", e.Dependency)))
        .Map<InvalidAccessTokenException>((_, p) => Unauthorized(p))
        .Map<AccountNotFoundException>((_, p) => Unauthorized(p))
        .Map<InsufficientScopeException>(InsufficientScope)
        .Map<NotAResidentTokenException>((_, p) => p.Problem(ProblemTypes.Forbidden, "住民のアカウントでログインしてください。"))
        .Map<InvalidInputException>(InvalidInput)
        .Name("from", "開始日時")
        .Name("to", "終了日時")
        .Name("pageSize", "表示件数")
        .Name("limit", "表示件数")
        .Name("continuationToken", "続きの位置")
        .Name("continuation", "続きの位置");

    /// <summary>RFC 6750 §3: a refused bearer token also says so in WWW-Authenticate, for standard clients.</summary>
    private static ProblemHttpResult Unauthorized(ProblemContext p)
    {
        p.Http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return p.Problem(ProblemTypes.Unauthorized, "もう一度ログインしてください。");
    }

    /// <summary>RFC 6585 §4: how long to wait, in whole seconds, in Retry-After and in the body.</summary>
    private static ProblemHttpResult TooManyRequests(RateLimitExceededException e, ProblemContext p)
    {
        p.Http.Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return p.Problem(ProblemTypes.TooManyRequests, $"{e.RetryAfterSeconds}秒ほど待ってから、もう一度お試しください。",
            ("retryAfter", e.RetryAfterSeconds));
    }

    /// <summary>
    /// RFC 6750 §3.1: a valid token without the scope the endpoint needs. A pending account's token on a resident
    /// endpoint is told to finish registering; an agency's is told which scope its client lacks.
    /// </summary>
    private static ProblemHttpResult InsufficientScope(InsufficientScopeException e, ProblemContext p)
    {
        p.Http.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{string.Join(' ', e.AcceptedScopes)}\"";
        var detail = e.AcceptedScopes.Contains(PortalScopes.Portal)
            ? "利用者登録を完了してから、もう一度ログインしてください。"
            : "この機関のクライアントには、この操作の権限（スコープ）が登録されていません。";
        return p.Problem(ProblemTypes.InsufficientScope, detail, ("acceptedScopes", e.AcceptedScopes));
    }

    /// <summary>Every bad field at once, each with its own Japanese detail.</summary>
    private static ProblemHttpResult InvalidInput(InvalidInputException e, ProblemContext p)
    {
        var errors = e.Errors.Select(error => new Dictionary<string, object?>
        {
            ["field"] = error.Field,
            ["code"] = error.Code,
            ["detail"] = Detail(error, p.Mappings.FieldName(error.Field)),
        }).ToList();
        return p.Problem(ProblemTypes.InvalidInput, string.Join(" ", errors.Select(error => error["detail"])), ("errors", errors));
    }

    private static string Detail(FieldError error, string name) => error.Code switch
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
        FieldErrorCodes.DateOutOfRange => $"{name}は1900-01-01から2099-12-31までの日付で指定してください。",
        FieldErrorCodes.OutOfRange => $"{name}は1から{error.Limit}までの数で指定してください。",
        FieldErrorCodes.InvalidContinuation => "続きの位置が正しくありません。最初から表示し直してください。",
        FieldErrorCodes.UnknownBank => $"{name}が見つかりません。4桁の金融機関コードを確認してください。",
        FieldErrorCodes.UnknownBranch => $"{name}が見つかりません。その金融機関の3桁の支店コードを確認してください。",
        FieldErrorCodes.AccountType => $"{name}は普通または当座を指定してください（貯蓄・定期などは登録できません）。",
        FieldErrorCodes.Digits => $"{name}は{error.Limit}桁の数字で入力してください。",
        FieldErrorCodes.ZenginKana => $"{name}はカタカナ・英大文字・数字・スペースと（）．－／で入力してください（漢字や記号は使えません）。",
        _ => $"{name}の値が正しくありません。",
    };

    private static string MalformedJsonDetail(MalformedJsonException e) => e.Reason switch
    {
        "empty" => "リクエストの本文が空です。JSON を送信してください。",
        "shape" => $"項目 {e.Path ?? "$"} の値の形式が正しくありません（{e.LineNumber + 1}行目）。",
        _ => $"JSON の書き方に誤りがあります（{e.LineNumber + 1}行目、{e.BytePositionInLine + 1}バイト目付近）。",
    };
}
