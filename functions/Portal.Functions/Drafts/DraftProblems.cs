using Functions.Http.Preconditions;
using Functions.Http.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Privacy;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Drafts;

/// <summary>一時保存 and its attachments.</summary>
public static class DraftProblems
{
    public static readonly ProblemType DraftNotFound = new("draft-not-found", 404, "一時保存した申請は見つかりませんでした。");
    public static readonly ProblemType DraftConflict = new("draft-conflict", 412, "ほかの画面や端末で入力内容が更新されています。");
    public static readonly ProblemType DraftLimit = new("draft-limit", 409, "一時保存できる件数の上限に達しています。");
    public static readonly ProblemType IndividualNumberRefused = new("individual-number-refused", 422, "マイナンバー（個人番号）は入力できません。");
    public static readonly ProblemType AttachmentTooLarge = new("attachment-too-large", 413, "添付ファイルが大きすぎます。");
    public static readonly ProblemType AttachmentTypeNotAllowed = new("attachment-type-not-allowed", 415, "この種類のファイルは添付できません。");
    public static readonly ProblemType MalwareDetected = new("malware-detected", 422, "添付ファイルからウイルス等が検出されました。");

    public static void Register(ProblemMappings problems) => problems
        .Map<DraftNotFoundException>((_, p) => p.Problem(DraftNotFound,
            "「やること」の一覧からもう一度お選びください。保存期限を過ぎた入力内容は削除されています。"))
        .Map<DraftConflictException>(Conflict)
        .Map<DraftLimitException>((e, p) => p.Problem(DraftLimit, e.What == "attachments"
            ? $"1件の申請に添付できるファイルは{e.Limit}件までです。不要なファイルを削除してください。"
            : $"一時保存できる申請は{e.Limit}件までです。「やること」から不要な入力途中の申請を削除してください。",
            ("limit", e.Limit)))
        // Names where, never what: the value is not echoed, logged or stored.
        .Map<IndividualNumberRefusedException>((e, p) => p.Problem(IndividualNumberRefused,
            "入力された内容にマイナンバー（個人番号）と思われる12桁の番号が含まれているため、保存しませんでした。"
            + "マイナンバーは法律で利用できる場面が限られており、この入力欄には入力できません。該当する番号を削除してから、もう一度保存してください。",
            ("field", e.Field)))
        .Map<AttachmentTooLargeException>((e, p) => p.Problem(AttachmentTooLarge,
            $"添付ファイルは1件{e.LimitBytes / (1024 * 1024)}MB以下にしてください。", ("limitBytes", e.LimitBytes)))
        .Map<AttachmentTypeNotAllowedException>((_, p) => p.Problem(AttachmentTypeNotAllowed,
            "添付できるのは PDF、JPEG、PNG のファイルです（ファイル名ではなく内容で判定します）。"))
        .Map<MalwareDetectedException>((_, p) => p.Problem(MalwareDetected,
            "このファイルは添付できません。ファイルを確認し、別のファイルを添付してください。"));

    /// <summary>RFC 9110 §13.1.1: the current draft and its ETag come back, so the client merges and retries at once.</summary>
    private static ProblemHttpResult Conflict(DraftConflictException e, ProblemContext p)
    {
        p.Http.Response.Headers.ETag = EntityTags.Strong(e.Current.ETag);
        return p.Problem(DraftConflict, "最新の入力内容（current）を確認し、その ETag を If-Match に指定してもう一度保存してください。",
            ("current", DraftViews.View(e.Current)));
    }
}
