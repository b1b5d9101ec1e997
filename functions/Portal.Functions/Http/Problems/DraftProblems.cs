using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Drafts;
using Portal.Domain.Privacy;
using Portal.Functions.Drafts;

namespace Portal.Functions.Http.Problems;

/// <summary>The Japanese wording of 一時保存's problems.</summary>
internal static class DraftProblems
{
    /// <summary>RFC 9110 §13.1.1: the current draft and its ETag come back, so the client merges and retries at once.</summary>
    public static ProblemHttpResult Conflict(ProblemMapper mapper, DraftConflictException e, HttpContext http)
    {
        http.Response.Headers.ETag = DraftViews.EntityTag(e.Current.ETag);
        return mapper.Build(ProblemTypes.DraftConflict, http,
            "最新の入力内容（current）を確認し、その ETag を If-Match に指定してもう一度保存してください。",
            ("current", DraftViews.View(e.Current)));
    }

    public static ProblemHttpResult Limit(ProblemMapper mapper, DraftLimitException e, HttpContext http) =>
        mapper.Build(ProblemTypes.DraftLimit, http, e.What == "attachments"
            ? $"1件の申請に添付できるファイルは{e.Limit}件までです。不要なファイルを削除してください。"
            : $"一時保存できる申請は{e.Limit}件までです。「やること」から不要な入力途中の申請を削除してください。",
            ("limit", e.Limit));

    /// <summary>Names where, never what: the value is not echoed, logged or stored.</summary>
    public static ProblemHttpResult IndividualNumber(ProblemMapper mapper, IndividualNumberRefusedException e, HttpContext http) =>
        mapper.Build(ProblemTypes.IndividualNumberRefused, http,
            "入力された内容にマイナンバー（個人番号）と思われる12桁の番号が含まれているため、保存しませんでした。"
            + "マイナンバーは法律で利用できる場面が限られており、この入力欄には入力できません。該当する番号を削除してから、もう一度保存してください。",
            ("field", e.Field));
}
