using Functions.Http.Problems;
using Portal.Domain.Notices;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Notices;

/// <summary>
/// The one 404 of お知らせ, for residents and agencies alike (an exception type is mapped once): unknown, withdrawn,
/// expired, another area's, another resident's or another agency's notice all answer the same, so the answer tells
/// nothing about notices the caller may not see. Only the advice differs with who asks.
/// </summary>
public static class NoticeNotFoundProblem
{
    public static readonly ProblemType NoticeNotFound = new("notice-not-found", 404, "お知らせは見つかりませんでした。");

    public static void Register(ProblemMappings problems) => problems
        .Map<NoticeNotFoundException>((_, p) => p.Problem(NoticeNotFound,
            p.Http.Request.Path.StartsWithSegments("/api/agency", StringComparison.OrdinalIgnoreCase)
                ? "お知らせの一覧（GET /api/agency/notices）から id を確認してください。"
                : "掲載期間が終了したか、取り下げられたお知らせの可能性があります。お知らせの一覧からもう一度お選びください。"));
}
