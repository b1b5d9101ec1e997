using Functions.Http.Problems;
using Portal.Domain.Notices;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Notices.Inbox;

/// <summary>お知らせ, as residents are told. One 404 for unknown, withdrawn, expired, another area's or another
/// resident's notice: the answer tells nothing about notices the caller may not see.</summary>
public static class NoticeInboxProblems
{
    public static readonly ProblemType NoticeNotFound = new("notice-not-found", 404, "お知らせは見つかりませんでした。");

    /// <remarks>NoticeNotFoundException is shared with the agencies' side: whichever feature maps it first owns the
    /// mapping (a type is mapped once); the detail is worded for both.</remarks>
    public static void Register(ProblemMappings problems) => problems
        .Map<NoticeNotFoundException>((_, p) => p.Problem(NoticeNotFound,
            "掲載期間が終了したか、取り下げられたお知らせの可能性があります。お知らせの一覧からもう一度お選びください。"))
        .Name("category", "分類")
        .Name("unread", "未読のみ");
}
