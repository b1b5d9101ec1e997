namespace Portal.Functions.Http.Problems;

/// <summary>
/// The edge's own RFC 9457 problem types, shared by every feature; each feature declares its own next to its
/// functions (e.g. <c>Drafts/DraftProblems.cs</c>). The URIs are part of the API contract: clients (the bot,
/// agencies) branch on them, so a slug never changes meaning once published.
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

    // Shared by several features: a request's fields or parameters, and a token's scopes.
    public static readonly ProblemType InvalidInput = new("invalid-input", 400, "入力内容に誤りがあります。");
    public static readonly ProblemType InsufficientScope = new("insufficient-scope", 403, "このログインではこの操作を行えません。");

    /// <summary>The general types, one per status: what a bare status code maps to.</summary>
    public static IReadOnlyList<ProblemType> General { get; } =
    [
        BadRequest, MalformedJson, Unauthorized, Forbidden, NotFound, MethodNotAllowed, Duplicate,
        ConcurrencyConflict, PayloadTooLarge, UnsupportedMediaType, TooManyRequests, InternalError, ServiceUnavailable,
    ];

    /// <summary>The general type for a bare status code (a function that answered 404 without a body, say).</summary>
    public static ProblemType ForStatus(int status) =>
        General.FirstOrDefault(t => t.Status == status && t != MalformedJson)
        ?? (status >= 500 ? InternalError : BadRequest) with { Status = status };
}
