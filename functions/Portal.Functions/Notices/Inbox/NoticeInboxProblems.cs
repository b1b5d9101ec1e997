using Functions.Http.Problems;
using Portal.Domain.Notices;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Notices.Inbox;

/// <summary>お知らせ, as residents are told. One 404 for unknown, withdrawn, expired, another area's or another
/// resident's notice: the answer tells nothing about notices the caller may not see.</summary>
public static class NoticeInboxProblems
{
    /// <remarks>The 404 is <see cref="NoticeNotFoundProblem"/>, shared with the agencies' side.</remarks>
    public static void Register(ProblemMappings problems) => problems
        .Name("category", "分類")
        .Name("unread", "未読のみ");
}
