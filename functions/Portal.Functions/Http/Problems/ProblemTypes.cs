using Portal.Contracts.CardRequests;

namespace Portal.Functions.Http.Problems;

/// <summary>
/// The catalogue of RFC 9457 problem types. The URIs are part of the API contract: clients (the bot, agencies)
/// branch on them, so a slug never changes meaning once published.
/// </summary>
public static class ProblemTypes
{
    public static readonly Uri BaseUri = new("https://portal.example/problems/");

    public static readonly ProblemType BadRequest = new("bad-request", 400, "リクエストの内容に誤りがあります。");
    public static readonly ProblemType MalformedJson = new("malformed-json", 400, "送信されたデータを読み取れませんでした。");
    public static readonly ProblemType Unauthorized = new("unauthorized", 401, "ログインが必要です。");
    public static readonly ProblemType Forbidden = new("forbidden", 403, "この操作を行う権限がありません。");
    public static readonly ProblemType NotFound = new("not-found", 404, "お探しの情報は見つかりませんでした。");
    public static readonly ProblemType MethodNotAllowed = new("method-not-allowed", 405, "この操作はこのアドレスでは行えません。");
    public static readonly ProblemType Duplicate = new("duplicate", 409, "同じ内容がすでに登録されています。");
    public static readonly ProblemType ConcurrencyConflict = new("concurrency-conflict", 412, "ほかの画面や端末で内容が更新されています。最新の内容を確認してから、もう一度お試しください。");
    public static readonly ProblemType PayloadTooLarge = new("payload-too-large", 413, "送信されたデータが大きすぎます。");
    public static readonly ProblemType UnsupportedMediaType = new("unsupported-media-type", 415, "この形式のデータは受け付けていません。");
    public static readonly ProblemType TooManyRequests = new("rate-limited", 429, "短時間にリクエストが集中しています。しばらくしてからもう一度お試しください。");
    public static readonly ProblemType InternalError = new("internal-error", 500, "システムエラーが発生しました。時間をおいてもう一度お試しください。");
    public static readonly ProblemType ServiceUnavailable = new("service-unavailable", 503, "ただいまサービスを利用できません。しばらくしてからもう一度お試しください。");

    // Card requests (the slugs are fixed by Portal.Contracts.CardRequests.CardRequestProblems: the signer branches on them).
    public static readonly ProblemType CardRequestExpired = new(CardRequestProblems.Expired, 410, "この要求は有効期限が切れています。最初からやり直してください。");
    public static readonly ProblemType CardRequestUsed = new(CardRequestProblems.AlreadyUsed, 409, "この要求はすでに使用されています。最初からやり直してください。");
    public static readonly ProblemType CardRequestWrongPurpose = new(CardRequestProblems.WrongPurpose, 422, "この要求とは異なる種類の操作が送信されました。");
    public static readonly ProblemType CertificateUntrusted = new(CardRequestProblems.UntrustedCertificate, 403, "マイナンバーカードの電子証明書を確認できませんでした。");
    public static readonly ProblemType CertificateExpired = new(CardRequestProblems.CertificateExpired, 403, "マイナンバーカードの電子証明書の有効期限が切れています。");
    public static readonly ProblemType CertificateRevoked = new(CardRequestProblems.CertificateRevoked, 403, "マイナンバーカードの電子証明書は失効しています。");
    public static readonly ProblemType SignatureInvalid = new(CardRequestProblems.BadSignature, 403, "電子署名を確認できませんでした。");

    // Accounts (利用者登録, アカウント設定), terms and 操作履歴.
    public static readonly ProblemType InvalidInput = new("invalid-input", 400, "入力内容に誤りがあります。");
    public static readonly ProblemType InsufficientScope = new("insufficient-scope", 403, "このログインではこの操作を行えません。");
    public static readonly ProblemType RegistrationRequired = new("registration-required", 403, "利用者登録が完了していません。");
    public static readonly ProblemType AlreadyRegistered = new("already-registered", 409, "利用者登録はすでに完了しています。");
    public static readonly ProblemType ConfirmationCodeIncorrect = new("confirmation-code-incorrect", 400, "確認コードが正しくありません。");
    public static readonly ProblemType ConfirmationCodeExpired = new("confirmation-code-expired", 410, "確認コードの有効期限が切れています。");
    public static readonly ProblemType ConfirmationCodeLocked = new("confirmation-code-locked", 410, "確認コードの入力回数の上限に達しました。");
    public static readonly ProblemType ConfirmationNotStarted = new("confirmation-not-started", 404, "確認コードが送信されていません。");
    public static readonly ProblemType TermsNotFound = new("terms-not-found", 404, "指定された版の利用規約はありません。");
    public static readonly ProblemType CertificateHeldElsewhere = new("certificate-held-by-another-account", 409, "この電子証明書は別のアカウントで使用されています。");
    public static readonly ProblemType CardRequestPending = new("card-request-pending", 409, "マイナンバーカードの読み取りがまだ完了していません。");
    public static readonly ProblemType ProfileNotFound = new("profile-not-found", 404, "利用者情報はまだ登録されていません。");
    public static readonly ProblemType ProfileRequired = new("profile-required", 409, "入力補助に使う利用者情報がありません。");

    // さがす (the procedure catalog) and agency publishing.
    public static readonly ProblemType InvalidSearchParameter = new("invalid-search-parameter", 400, "検索条件に誤りがあります。");
    public static readonly ProblemType LocalGovernmentNotFound = new("local-government-not-found", 404, "指定された地方公共団体は見つかりませんでした。");
    public static readonly ProblemType ProcedureNotFound = new("procedure-not-found", 404, "指定された手続は見つかりませんでした。");
    public static readonly ProblemType CatalogUnavailable = new("catalog-unavailable", 503, "手続の情報を準備しています。しばらくしてからもう一度お試しください。");
    public static readonly ProblemType InvalidOffering = new("invalid-offering", 400, "手続の提供内容に誤りがあります。");
    public static readonly ProblemType OfferingNotFound = new("offering-not-found", 404, "この手続は提供内容に登録されていません。");
    public static readonly ProblemType PublishingNotAllowed = new("publishing-not-allowed", 403, "この機関のクライアントでは手続の提供内容を公開できません。");
    public static readonly ProblemType OfferingConflict = new("offering-conflict", 412, "ほかの担当者が提供内容を更新しています。最新の内容を確認してから、もう一度お試しください。");

    // Drafts (一時保存) and their attachments.
    public static readonly ProblemType DraftNotFound = new("draft-not-found", 404, "一時保存した申請は見つかりませんでした。");
    public static readonly ProblemType DraftConflict = new("draft-conflict", 412, "ほかの画面や端末で入力内容が更新されています。");
    public static readonly ProblemType DraftLimit = new("draft-limit", 409, "一時保存できる件数の上限に達しています。");
    public static readonly ProblemType IndividualNumberRefused = new("individual-number-refused", 422, "マイナンバー（個人番号）は入力できません。");
    public static readonly ProblemType AttachmentTooLarge = new("attachment-too-large", 413, "添付ファイルが大きすぎます。");
    public static readonly ProblemType AttachmentTypeNotAllowed = new("attachment-type-not-allowed", 415, "この種類のファイルは添付できません。");
    public static readonly ProblemType MalwareDetected = new("malware-detected", 422, "添付ファイルからウイルス等が検出されました。");

    // Forms (申請フォーム).
    public static readonly ProblemType FormNotFound = new("form-not-found", 404, "指定された申請フォームは見つかりませんでした。");

    // 電子申請 (applications) and their status.
    public static readonly ProblemType ApplicationNotFound = new("application-not-found", 404, "指定された受付番号の申請は見つかりませんでした。");
    public static readonly ProblemType ApplicationSignatureRefused = new("application-signature-refused", 422, "申請の電子署名を確認できませんでした。");
    public static readonly ProblemType StatusTransitionRefused = new("status-transition-refused", 409, "現在の状況では、この操作は行えません。");
    public static readonly ProblemType ReceiptNumberUnavailable = new("receipt-number-unavailable", 503, "受付番号を発行できませんでした。しばらくしてからもう一度お試しください。");
    public static readonly ProblemType FormDataNotCanonical = new("form-data-not-canonical", 422, "入力内容に、申請書として保存できない値が含まれています。");
    public static readonly ProblemType AttachmentChanged = new("attachment-changed", 409, "添付ファイルが申請の準備中に変更されました。");
    public static readonly ProblemType ApplicationAttachmentNotFound = new("application-attachment-not-found", 404, "指定された添付ファイルは見つかりませんでした。");

    // 電子申請の送信 (submission).
    public static readonly ProblemType IdempotencyKeyInvalid = new("idempotency-key-invalid", 400, "Idempotency-Key ヘッダーが指定されていないか、形式が正しくありません。");
    public static readonly ProblemType IdempotencyKeyReused = new("idempotency-key-reused", 422, "この Idempotency-Key は別の内容の申請に使われています。");
    public static readonly ProblemType SubmissionNotFound = new("submission-not-found", 404, "送信中の申請は見つかりませんでした。");
    public static readonly ProblemType SubmissionExpired = new("submission-expired", 410, "電子署名の有効期限が切れました。");
    public static readonly ProblemType ApplicationInvalid = new("application-invalid", 422, "申請の入力内容に誤りがあります。");
    public static readonly ProblemType ApplicationNotOnline = new("application-not-online", 422, "この手続は、この申請先では電子申請を受け付けていません。");
    public static readonly ProblemType CorrectionMismatch = new("correction-mismatch", 422, "補正する申請と、手続または申請先が異なります。");

    /// <summary>The general types, one per status: what a bare status code maps to.</summary>
    public static IReadOnlyList<ProblemType> General { get; } =
    [
        BadRequest, MalformedJson, Unauthorized, Forbidden, NotFound, MethodNotAllowed, Duplicate,
        ConcurrencyConflict, PayloadTooLarge, UnsupportedMediaType, TooManyRequests, InternalError, ServiceUnavailable,
    ];

    public static IReadOnlyList<ProblemType> All { get; } =
    [
        .. General,
        CardRequestExpired, CardRequestUsed, CardRequestWrongPurpose, CertificateUntrusted, CertificateExpired,
        CertificateRevoked, SignatureInvalid,
        InvalidInput, InsufficientScope, RegistrationRequired, AlreadyRegistered, ConfirmationCodeIncorrect,
        ConfirmationCodeExpired, ConfirmationCodeLocked, ConfirmationNotStarted, TermsNotFound, CertificateHeldElsewhere,
        CardRequestPending, ProfileNotFound, ProfileRequired,
        InvalidSearchParameter, LocalGovernmentNotFound, ProcedureNotFound, CatalogUnavailable, InvalidOffering,
        OfferingNotFound, PublishingNotAllowed, OfferingConflict,
        DraftNotFound, DraftConflict, DraftLimit, IndividualNumberRefused, AttachmentTooLarge, AttachmentTypeNotAllowed,
        MalwareDetected,
        FormNotFound,
        ApplicationNotFound, ApplicationSignatureRefused, StatusTransitionRefused, ReceiptNumberUnavailable,
        FormDataNotCanonical, AttachmentChanged, ApplicationAttachmentNotFound,
        IdempotencyKeyInvalid, IdempotencyKeyReused, SubmissionNotFound, SubmissionExpired, ApplicationInvalid,
        ApplicationNotOnline, CorrectionMismatch,
    ];

    /// <summary>The general type for a bare status code (a function that answered 404 without a body, say).</summary>
    public static ProblemType ForStatus(int status) =>
        General.FirstOrDefault(t => t.Status == status && t != MalformedJson)
        ?? (status >= 500 ? InternalError : BadRequest) with { Status = status };
}
