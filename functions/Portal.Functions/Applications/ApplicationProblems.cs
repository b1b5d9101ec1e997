using Functions.Http.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Contracts.Canonical;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Applications.Attachments;
using Portal.Domain.Applications.Canonical;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Applications.Status;
using Portal.Domain.Applications.Submissions;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Applications;

/// <summary>電子申請: submitting (送信), signing, 受付番号, the status residents and agencies change, the files.</summary>
public static class ApplicationProblems
{
    public static readonly ProblemType ApplicationNotFound = new("application-not-found", 404, "指定された受付番号の申請は見つかりませんでした。");
    public static readonly ProblemType ApplicationSignatureRefused = new("application-signature-refused", 422, "申請の電子署名を確認できませんでした。");
    public static readonly ProblemType StatusTransitionRefused = new("status-transition-refused", 409, "現在の状況では、この操作は行えません。");
    public static readonly ProblemType ReceiptNumberUnavailable = new("receipt-number-unavailable", 503, "受付番号を発行できませんでした。しばらくしてからもう一度お試しください。");
    public static readonly ProblemType FormDataNotCanonical = new("form-data-not-canonical", 422, "入力内容に、申請書として保存できない値が含まれています。");
    public static readonly ProblemType AttachmentChanged = new("attachment-changed", 409, "添付ファイルが申請の準備中に変更されました。");
    public static readonly ProblemType ApplicationAttachmentNotFound = new("application-attachment-not-found", 404, "指定された添付ファイルは見つかりませんでした。");
    public static readonly ProblemType IdempotencyKeyInvalid = new("idempotency-key-invalid", 400, "Idempotency-Key ヘッダーが指定されていないか、形式が正しくありません。");
    public static readonly ProblemType IdempotencyKeyReused = new("idempotency-key-reused", 422, "この Idempotency-Key は別の内容の申請に使われています。");
    public static readonly ProblemType SubmissionNotFound = new("submission-not-found", 404, "送信中の申請は見つかりませんでした。");
    public static readonly ProblemType SubmissionExpired = new("submission-expired", 410, "電子署名の有効期限が切れました。");
    public static readonly ProblemType ApplicationInvalid = new("application-invalid", 422, "申請の入力内容に誤りがあります。");
    public static readonly ProblemType ApplicationNotOnline = new("application-not-online", 422, "この手続は、この申請先では電子申請を受け付けていません。");
    public static readonly ProblemType CorrectionMismatch = new("correction-mismatch", 422, "補正する申請と、手続または申請先が異なります。");

    public static void Register(ProblemMappings problems) => problems
        .Map<ApplicationNotFoundException>((_, p) => p.Problem(ApplicationNotFound, "受付番号を確認してください。"))
        .Map<ApplicationAttachmentNotFoundException>((e, p) => p.Problem(ApplicationAttachmentNotFound,
            "申請の詳細から、添付ファイルの一覧を確認してください。", ("revision", e.Revision), ("index", e.Index)))
        .Map<SignatureRefusedException>(SignatureRefused)
        .Map<StatusTransitionRefusedException>((e, p) => p.Problem(StatusTransitionRefused,
            $"「{ApplicationStatusLabels.Of(e.From)}」の申請を「{ApplicationStatusLabels.Of(e.To)}」にすることはできません。",
            ("from", ApplicationStatusCodes.Of(e.From)), ("to", ApplicationStatusCodes.Of(e.To))))
        .Map<ReceiptNumberUnavailableException>((_, p) => p.Problem(ReceiptNumberUnavailable, null))
        .Map<CanonicalizationException>((_, p) => p.Problem(FormDataNotCanonical, "数値や項目名を確認して、もう一度お試しください。"))
        .Map<AttachmentChangedException>((e, p) => p.Problem(AttachmentChanged,
            "添付ファイルを確認してから、もう一度申請してください。", ("attachment", e.Index)))
        .Map<IdempotencyKeyInvalidException>((_, p) => p.Problem(IdempotencyKeyInvalid,
            "申請ごとに異なる値（1〜255文字の半角英数字・記号）を Idempotency-Key ヘッダーに指定してください。"))
        .Map<IdempotencyKeyReusedException>((_, p) => p.Problem(IdempotencyKeyReused,
            "新しい申請には新しい Idempotency-Key を指定してください。"))
        .Map<SubmissionNotFoundException>((_, p) => p.Problem(SubmissionNotFound, "送信から1日を過ぎた場合は、申請状況の一覧を確認してください。"))
        .Map<SubmissionExpiredException>((_, p) => p.Problem(SubmissionExpired, "もう一度申請を送信し、5分以内にマイナンバーカードで署名してください。"))
        .Map<ApplicationInvalidException>(Invalid)
        .Map<ApplicationNotOnlineException>(NotOnline)
        .Map<CorrectionMismatchException>((_, p) => p.Problem(CorrectionMismatch,
            "補正を求められた申請と同じ手続・申請先の入力内容で送信してください。"))
        .Name("status", "状況")
        .Name("comment", "コメント");

    private static ProblemHttpResult SignatureRefused(SignatureRefusedException e, ProblemContext p) =>
        p.Problem(ApplicationSignatureRefused, e.Refusal switch
        {
            SignatureRefusal.DocumentMismatch => "署名された内容が申請の内容と一致しません。申請をやり直してください。",
            SignatureRefusal.SignatureInvalid => "電子署名を確認できませんでした。申請をやり直してください。",
            _ => "電子署名の形式を確認できませんでした。申請をやり直してください。",
        }, ("reason", e.Refusal switch
        {
            SignatureRefusal.DocumentMismatch => "document-mismatch",
            SignatureRefusal.SignatureInvalid => "signature-invalid",
            SignatureRefusal.NotDetached => "not-detached",
            SignatureRefusal.UnsupportedAlgorithm => "unsupported-algorithm",
            SignatureRefusal.CertificateMissing => "certificate-missing",
            _ => "malformed",
        }));

    /// <summary>Every field problem at once, each with the form's own Japanese message.</summary>
    private static ProblemHttpResult Invalid(ApplicationInvalidException e, ProblemContext p)
    {
        var errors = e.Errors.Select(error => new Dictionary<string, object?>
        {
            ["path"] = error.Path,
            ["code"] = error.Code,
            ["detail"] = error.Message,
        }).ToList();
        return p.Problem(ApplicationInvalid, "入力内容を確認してください。" + string.Join(" ", e.Errors.Select(error => error.Message)), ("errors", errors));
    }

    /// <summary>Not online here: the resident prints the completed form and sends or brings it.</summary>
    private static ProblemHttpResult NotOnline(ApplicationNotOnlineException e, ProblemContext p)
    {
        var print = $"/api/me/drafts/{Uri.EscapeDataString(e.DraftId)}/print";
        return p.Problem(ApplicationNotOnline,
            $"入力内容を申請書として印刷し（GET {print}）、署名のうえ郵送するか窓口にお持ちください。", ("printUrl", print));
    }
}
