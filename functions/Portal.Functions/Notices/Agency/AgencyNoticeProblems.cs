using Functions.Http.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Sending;
using Portal.Functions.Applications;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Notices.Agency;

/// <summary>お知らせの送信: what an agency is told when a notice is refused. Agency-facing, in Japanese.</summary>
public static class AgencyNoticeProblems
{
    public static readonly ProblemType NoticeInvalid = new("notice-invalid", 400, "お知らせの内容に誤りがあります。");
    public static readonly ProblemType NoticeNotScheduled = new("notice-not-scheduled", 409, "配信予約中のお知らせだけが変更できます。");
    public static readonly ProblemType AudienceOutsideArea = new("notice-audience-outside-area", 403, "自団体の区域の外にはお知らせを送れません。");
    public static readonly ProblemType ResidentUnknown = new("notice-resident-unknown", 422, "お知らせの送信先の住民が見つかりません。");
    public static readonly ProblemType DailyLimit = new("notice-daily-limit", 429, "本日送信できるお知らせの件数の上限に達しました。");

    public static void Register(ProblemMappings problems) => problems
        .Map<NoticeInvalidException>(Invalid)
        .Map<NoticeNotScheduledException>((e, p) => p.Problem(NoticeNotScheduled,
            "配信が始まった、取り下げた、または掲載期間が終わったお知らせは変更できません。新しいお知らせを送信してください。", ("state", e.State)))
        .Map<NoticeAudienceOutsideAreaException>((_, p) => p.Problem(AudienceOutsideArea,
            "お知らせは、アクセストークンの団体の住民にだけ届きます。区域は指定せずに送信してください。"))
        // The same answer whether the ref is malformed, never given out, or another body's: it tells nothing about residents.
        .Map<NoticeResidentUnknownException>((_, p) => p.Problem(ResidentUnknown,
            "residentRef は、この団体が受け付けた申請に付いていたものを指定してください。ほかの団体の residentRef は使えません。"))
        .Map<NoticeDailyLimitExceededException>(DailyLimitReached)
        .Map<NoticeIdempotencyKeyInvalidException>((_, p) => p.Problem(ApplicationProblems.IdempotencyKeyInvalid,
            "お知らせごとに異なる値（1〜255文字の半角英数字・記号）を Idempotency-Key ヘッダーに指定してください。"))
        .Map<NoticeIdempotencyKeyReusedException>((_, p) => p.Problem(ApplicationProblems.IdempotencyKeyReused,
            "この Idempotency-Key は別の内容のお知らせに使われています。新しいお知らせには新しい値を指定してください。"));

    /// <summary>Every bad field at once, each with its own detail; a refused link names its host.</summary>
    private static ProblemHttpResult Invalid(NoticeInvalidException e, ProblemContext p)
    {
        var errors = e.Errors.Select(error => new Dictionary<string, object?>
        {
            ["field"] = error.Field,
            ["code"] = error.Code,
            ["detail"] = Detail(error),
            ["value"] = error.Value,
        }.Where(kv => kv.Value is not null).ToDictionary()).ToList();
        return p.Problem(NoticeInvalid, string.Join(" ", errors.Select(error => error["detail"])), ("errors", errors));
    }

    /// <summary>RFC 6585 §4: the day's allowance resets at midnight in Japan.</summary>
    private static ProblemHttpResult DailyLimitReached(NoticeDailyLimitExceededException e, ProblemContext p)
    {
        p.Http.Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return p.Problem(DailyLimit, $"1日に送信できるお知らせは{e.Limit}件までです。日本時間の午前0時を過ぎてから送信してください。",
            ("limit", e.Limit), ("retryAfter", e.RetryAfterSeconds));
    }

    private static string Detail(NoticeError error) => (error.Code, Label(error.Field)) switch
    {
        (NoticeErrorCodes.Required, var name) => $"{name}を指定してください。",
        (NoticeErrorCodes.TooLong, var name) => $"{name}は{error.Limit}文字以内にしてください。",
        (NoticeErrorCodes.ControlCharacters, var name) => $"{name}に制御文字は使えません。",
        (NoticeErrorCodes.Markup, var name) => $"{name}はプレーンテキストで書いてください（< と > は使えません）。",
        (NoticeErrorCodes.HttpsRequired, var name) => $"{name}のリンクは https:// で始まるものだけが使えます（{error.Value}:// は使えません）。",
        (NoticeErrorCodes.LinkHostNotAllowed, var name) => $"{name}のリンク先 {error.Value} は、お知らせに載せられるサイトとして登録されていません。",
        (NoticeErrorCodes.UnknownCategory, _) => $"分野は {string.Join(", ", NoticeCategories.All)} のいずれかを指定してください。",
        (NoticeErrorCodes.UnknownImportance, _) => $"重要度は {string.Join(", ", NoticeImportance.All)} のいずれかを指定してください。",
        (NoticeErrorCodes.PublishAtPast, _) => "配信日時に過去の日時は指定できません。",
        (NoticeErrorCodes.ExpiresBeforePublish, _) => "掲載終了日時は配信日時より後にしてください。",
        (NoticeErrorCodes.LifetimeTooLong, _) => $"掲載期間は{error.Limit}日以内にしてください。",
        (NoticeErrorCodes.UnknownAudience, _) => "送信先の種類は everyone、segment、resident のいずれかを指定してください。",
        (NoticeErrorCodes.TemplateValueMissing, _) => $"差し込み項目 (({error.Value})) の値を audience.values に指定してください。",
        (NoticeErrorCodes.TemplateValueUnused, _) => $"audience.values の {error.Value} は件名・本文の差し込み項目にありません。",
        (NoticeErrorCodes.PlaceholderNotAllowed, _) when error.Field == "audience.values" => "audience.values は、特定の住民へのお知らせ（resident）でだけ指定できます。",
        (NoticeErrorCodes.PlaceholderNotAllowed, var name) when error.Field.StartsWith("audience.values.", StringComparison.Ordinal) =>
            $"{name}に (( や )) は使えません。",
        (NoticeErrorCodes.PlaceholderNotAllowed, var name) =>
            $"{name}の差し込み項目 (({error.Value})) は、特定の住民へのお知らせ（resident）を送信するときにだけ使えます。内容を確定した文面にしてください。",
        (NoticeErrorCodes.IndividualNumber, var name) => $"{name}にマイナンバー（個人番号）と思われる番号が含まれています。マイナンバーはお知らせに載せられません。",
        (NoticeErrorCodes.SegmentWithoutCriteria, _) => "segment には年齢（minAge・maxAge）か関心分野（interestedOnly）の条件を1つ以上指定してください。",
        (NoticeErrorCodes.AgeOutOfRange, var name) => $"{name}は0から{error.Limit}までの数で指定してください。",
        (NoticeErrorCodes.AgeRangeInverted, _) => "最低年齢は最高年齢以下にしてください。",
        (NoticeErrorCodes.NotPatchable, var name) =>
            $"{name}は変更できません（変更できるのは title, body, category, importance, publishAt, expiresAt, attachments）。",
        (NoticeErrorCodes.TooMany, _) => $"添付ファイルは1件のお知らせに{error.Limit}件までです。",
        (NoticeErrorCodes.UnknownAttachment, var name) =>
            $"{name}には、この団体が POST /api/agency/notices/attachments で24時間以内に登録したファイルの id を指定してください。",
        (NoticeErrorCodes.Duplicate, var name) => $"{name}と同じファイルがすでに添付されています。",
        (NoticeErrorCodes.PathInName, var name) => $"{name}はファイル名だけにしてください（/ や \\ は使えません）。",
        (_, var name) => $"{name}の値が正しくありません。",
    };

    private static string Label(string field) => field switch
    {
        "title" => "件名",
        "body" => "本文",
        "category" => "分野",
        "importance" => "重要度",
        "publishAt" => "配信日時",
        "expiresAt" => "掲載終了日時",
        "audience" or "audience.kind" => "送信先",
        "audience.minAge" => "最低年齢",
        "audience.maxAge" => "最高年齢",
        "audience.residentRef" => "送信先の住民（residentRef）",
        "audience.values" => "差し込み項目の値",
        _ when field.StartsWith("audience.values.", StringComparison.Ordinal) => $"差し込み項目 (({field["audience.values.".Length..]})) の値",
        "attachments" => "添付ファイル",
        _ when field.StartsWith("attachments[", StringComparison.Ordinal) =>
            $"添付ファイル{int.Parse(field["attachments[".Length..field.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) + 1}の"
            + (field.EndsWith(".id", StringComparison.Ordinal) ? " id" : "ファイル名"),
        "state" => "状態",
        "continuation" => "続きの位置",
        _ => field,
    };
}
