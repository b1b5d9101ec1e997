using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Applications.Attachments;
using Portal.Domain.Applications.Canonical;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Applications.Status;
using Portal.Domain.Applications.Submissions;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Errors;
using Portal.Domain.Forms;
using Portal.Domain.Identity;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Privacy;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Http.Problems;

/// <summary>Turns the portal's typed errors and bare error statuses into RFC 9457 problem details.</summary>
public sealed class ProblemMapper
{
    public ProblemHttpResult FromException(Exception exception, HttpContext http) => exception switch
    {
        PayloadTooLargeException e => Build(ProblemTypes.PayloadTooLarge, http,
            $"{e.LimitBytes:N0}バイト以下にして送信してください。", ("limitBytes", e.LimitBytes)),
        MalformedJsonException e => Build(ProblemTypes.MalformedJson, http, MalformedJsonDetail(e),
            ("reason", e.Reason), ("path", e.Path), ("line", e.LineNumber), ("bytePositionInLine", e.BytePositionInLine)),
        UnsupportedMediaTypeException => Build(ProblemTypes.UnsupportedMediaType, http,
            "Content-Type を application/json にして送信してください。"),
        RateLimitExceededException e => TooManyRequests(e, http),
        ConcurrencyConflictException => Build(ProblemTypes.ConcurrencyConflict, http, null),
        DuplicateDocumentException => Build(ProblemTypes.Duplicate, http, null),
        DependencyUnavailableException e => Build(ProblemTypes.ServiceUnavailable, http, null, ("dependency", e.Dependency)),
        CardRequestNotFoundException => Build(ProblemTypes.NotFound, http, "この要求は見つかりませんでした。リンクを確認してください。"),
        CardRequestRefusedException e => CardRequestProblem(e, http),
        CertificateRefusedException e => CertificateProblem(e, http),
        InvalidAccessTokenException => Unauthorized(http),
        InsufficientScopeException e => InsufficientScope(e, http),
        AccountNotFoundException => Unauthorized(http),
        NotAResidentTokenException => Build(ProblemTypes.Forbidden, http, "住民のアカウントでログインしてください。"),
        InvalidInputException e => AccountProblems.InvalidInput(this, e, http),
        AccountStateException e => AccountProblems.State(this, e, http),
        ConfirmationRefusedException e => AccountProblems.Confirmation(this, e, http),
        TermsUnavailableException { Version: null } => Build(ProblemTypes.ServiceUnavailable, http, null, ("dependency", "terms")),
        TermsUnavailableException => Build(ProblemTypes.TermsNotFound, http, null),
        CertificateHeldElsewhereException => Build(ProblemTypes.CertificateHeldElsewhere, http,
            "別のアカウントに登録されているマイナンバーカードは追加できません。"),
        CardRequestPendingException => Build(ProblemTypes.CardRequestPending, http,
            "署名用アプリでマイナンバーカードを読み取ってから、もう一度お試しください。"),
        ProfileNotFoundException => Build(ProblemTypes.ProfileNotFound, http,
            "マイナンバーカードの券面事項入力補助用の暗証番号（4桁）を使って、利用者情報を読み取ってください（POST /api/me/profile/card-reading）。"),
        ProfileRequiredException => Build(ProblemTypes.ProfileRequired, http,
            "入力補助を使うには、先にマイナンバーカードから利用者情報を読み取ってください（POST /api/me/profile/card-reading）。"
            + "読み取りには署名用アプリと券面事項入力補助用の暗証番号（4桁）が必要です。"),
        CatalogQueryException e => ProcedureProblems.Query(this, e, http),
        UnknownLocalGovernmentException e => ProcedureProblems.UnknownLocalGovernment(this, e, http),
        ProcedureNotFoundException e => Build(ProblemTypes.ProcedureNotFound, http,
            "手続の一覧からもう一度お選びください。", ("procedureId", e.ProcedureId.Length > 100 ? e.ProcedureId[..100] : e.ProcedureId)),
        CatalogUnavailableException e => ProcedureProblems.Unavailable(this, e, http),
        OfferingRejectedException e => ProcedureProblems.Rejected(this, e, http),
        OfferingNotFoundException => Build(ProblemTypes.OfferingNotFound, http, "削除する前に、提供内容の一覧を確認してください。"),
        PublishingRefusedException e => ProcedureProblems.Refused(this, e, http),
        OfferingConflictException e => ProcedureProblems.Conflict(this, e, http),
        DraftNotFoundException => Build(ProblemTypes.DraftNotFound, http, "「やること」の一覧からもう一度お選びください。保存期限を過ぎた入力内容は削除されています。"),
        DraftConflictException e => DraftProblems.Conflict(this, e, http),
        DraftLimitException e => DraftProblems.Limit(this, e, http),
        IndividualNumberRefusedException e => DraftProblems.IndividualNumber(this, e, http),
        AttachmentTooLargeException e => Build(ProblemTypes.AttachmentTooLarge, http,
            $"添付ファイルは1件{e.LimitBytes / (1024 * 1024)}MB以下にしてください。", ("limitBytes", e.LimitBytes)),
        AttachmentTypeNotAllowedException => Build(ProblemTypes.AttachmentTypeNotAllowed, http,
            "添付できるのは PDF、JPEG、PNG のファイルです（ファイル名ではなく内容で判定します）。"),
        MalwareDetectedException => Build(ProblemTypes.MalwareDetected, http,
            "このファイルは添付できません。ファイルを確認し、別のファイルを添付してください。"),
        FormNotFoundException e => Build(ProblemTypes.FormNotFound, http, "手続の案内から、もう一度申請フォームを開いてください。",
            ("formId", e.FormId.Length > 100 ? e.FormId[..100] : e.FormId), ("version", e.Version)),
        ApplicationNotFoundException => Build(ProblemTypes.ApplicationNotFound, http, "受付番号を確認してください。"),
        ApplicationAttachmentNotFoundException e => Build(ProblemTypes.ApplicationAttachmentNotFound, http,
            "申請の詳細から、添付ファイルの一覧を確認してください。", ("revision", e.Revision), ("index", e.Index)),
        SignatureRefusedException e => ApplicationProblems.SignatureRefused(this, e, http),
        StatusTransitionRefusedException e => ApplicationProblems.TransitionRefused(this, e, http),
        ReceiptNumberUnavailableException => Build(ProblemTypes.ReceiptNumberUnavailable, http, null),
        CanonicalizationException => Build(ProblemTypes.FormDataNotCanonical, http, "数値や項目名を確認して、もう一度お試しください。"),
        AttachmentChangedException e => Build(ProblemTypes.AttachmentChanged, http,
            "添付ファイルを確認してから、もう一度申請してください。", ("attachment", e.Index)),
        IdempotencyKeyInvalidException => Build(ProblemTypes.IdempotencyKeyInvalid, http,
            "申請ごとに異なる値（1〜255文字の半角英数字・記号）を Idempotency-Key ヘッダーに指定してください。"),
        IdempotencyKeyReusedException => Build(ProblemTypes.IdempotencyKeyReused, http,
            "新しい申請には新しい Idempotency-Key を指定してください。"),
        SubmissionNotFoundException => Build(ProblemTypes.SubmissionNotFound, http, "送信から1日を過ぎた場合は、申請状況の一覧を確認してください。"),
        SubmissionExpiredException => Build(ProblemTypes.SubmissionExpired, http, "もう一度申請を送信し、5分以内にマイナンバーカードで署名してください。"),
        ApplicationInvalidException e => SubmissionProblems.Invalid(this, e, http),
        ApplicationNotOnlineException e => SubmissionProblems.NotOnline(this, e, http),
        CorrectionMismatchException => Build(ProblemTypes.CorrectionMismatch, http, "補正を求められた申請と同じ手続・申請先の入力内容で送信してください。"),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Build(ProblemTypes.PayloadTooLarge, http, null),
        BadHttpRequestException e => Build(ProblemTypes.ForStatus(e.StatusCode), http, null),
        _ when StorageFailures.IsUnavailable(exception) => Build(ProblemTypes.ServiceUnavailable, http, null),
        _ => Build(ProblemTypes.InternalError, http, null),
    };

    public ProblemHttpResult FromStatus(int status, HttpContext http) => Build(ProblemTypes.ForStatus(status), http, null);

    public ProblemHttpResult Build(
        ProblemType type, HttpContext http, string? detail, params (string Key, object? Value)[] extensions)
    {
        var problem = new ProblemDetails
        {
            Type = type.Uri.ToString(),
            Status = type.Status,
            Title = type.Title,
            Detail = detail,
            Instance = http.Request.Path,
        };
        foreach (var (key, value) in extensions.Where(e => e.Value is not null))
        {
            problem.Extensions[key] = value;
        }
        if (CorrelationId.Of(http) is { } correlationId)
        {
            problem.Extensions["correlationId"] = correlationId;
        }
        return TypedResults.Problem(problem);
    }

    /// <summary>RFC 6750 §3: a refused bearer token also says so in WWW-Authenticate, for standard clients.</summary>
    private ProblemHttpResult Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Build(ProblemTypes.Unauthorized, http, "もう一度ログインしてください。");
    }

    /// <summary>RFC 6585 §4: how long to wait, in whole seconds, in Retry-After and in the body.</summary>
    private ProblemHttpResult TooManyRequests(RateLimitExceededException e, HttpContext http)
    {
        http.Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Build(ProblemTypes.TooManyRequests, http, $"{e.RetryAfterSeconds}秒ほど待ってから、もう一度お試しください。",
            ("retryAfter", e.RetryAfterSeconds));
    }

    /// <summary>
    /// RFC 6750 §3.1: a valid token without the scope the endpoint needs. A pending account's token on a resident
    /// endpoint is told to finish registering; an agency's is told which scope its client lacks.
    /// </summary>
    private ProblemHttpResult InsufficientScope(InsufficientScopeException e, HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{string.Join(' ', e.AcceptedScopes)}\"";
        var detail = e.AcceptedScopes.Contains(PortalScopes.Portal)
            ? "利用者登録を完了してから、もう一度ログインしてください。"
            : "この機関のクライアントには、この操作の権限（スコープ）が登録されていません。";
        return Build(ProblemTypes.InsufficientScope, http, detail, ("acceptedScopes", e.AcceptedScopes));
    }

    private ProblemHttpResult CardRequestProblem(CardRequestRefusedException e, HttpContext http) => e.Refusal switch
    {
        CardRequestRefusal.Expired => Build(ProblemTypes.CardRequestExpired, http, "有効期限（5分以内）を過ぎました。"),
        CardRequestRefusal.AlreadyUsed => Build(ProblemTypes.CardRequestUsed, http, "この要求は一度しか使えません。"),
        CardRequestRefusal.WrongPurpose => Build(ProblemTypes.CardRequestWrongPurpose, http, "ログイン・署名・券面事項の読み取りのうち、求められたものを送信してください。"),
        _ => Build(ProblemTypes.BadRequest, http, "署名、証明書または券面事項の形式が正しくありません。"),
    };

    /// <summary>
    /// No current CRL is the portal's fault, not the resident's: a 503 (logged as a warning by the edge). The other
    /// refusals group as the signer shows them: untrusted (also malformed, wrong key usage, not yet valid), expired,
    /// revoked, bad signature.
    /// </summary>
    private ProblemHttpResult CertificateProblem(CertificateRefusedException e, HttpContext http) => e.Refusal switch
    {
        CertificateRefusal.Expired => Build(ProblemTypes.CertificateExpired, http, "市区町村の窓口で電子証明書を更新してください。"),
        CertificateRefusal.Revoked => Build(ProblemTypes.CertificateRevoked, http, "市区町村の窓口にお問い合わせください。"),
        CertificateRefusal.SignatureInvalid => Build(ProblemTypes.SignatureInvalid, http, "もう一度最初からやり直してください。"),
        CertificateRefusal.RevocationUnknown => Build(ProblemTypes.ServiceUnavailable, http, null, ("dependency", "crl")),
        _ => Build(ProblemTypes.CertificateUntrusted, http, "公的個人認証サービスの電子証明書であることを確認できませんでした。"),
    };

    private static string MalformedJsonDetail(MalformedJsonException e) => e.Reason switch
    {
        "empty" => "リクエストの本文が空です。JSON を送信してください。",
        "shape" => $"項目 {e.Path ?? "$"} の値の形式が正しくありません（{e.LineNumber + 1}行目）。",
        _ => $"JSON の書き方に誤りがあります（{e.LineNumber + 1}行目、{e.BytePositionInLine + 1}バイト目付近）。",
    };
}
