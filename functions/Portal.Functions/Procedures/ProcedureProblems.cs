using Functions.Http.Preconditions;
using Functions.Http.Problems;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Contracts.Errors;
using Portal.Domain.Procedures.Serving;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Procedures;

/// <summary>さがす (the procedure catalog) and agencies publishing what they offer in it.</summary>
public static class ProcedureProblems
{
    public static readonly ProblemType InvalidSearchParameter = new("invalid-search-parameter", 400, "検索条件に誤りがあります。");
    public static readonly ProblemType LocalGovernmentNotFound = new("local-government-not-found", 404, "指定された地方公共団体は見つかりませんでした。");
    public static readonly ProblemType ProcedureNotFound = new("procedure-not-found", 404, "指定された手続は見つかりませんでした。");
    public static readonly ProblemType CatalogUnavailable = new("catalog-unavailable", 503, "手続の情報を準備しています。しばらくしてからもう一度お試しください。");
    public static readonly ProblemType InvalidOffering = new("invalid-offering", 400, "手続の提供内容に誤りがあります。");
    public static readonly ProblemType OfferingNotFound = new("offering-not-found", 404, "この手続は提供内容に登録されていません。");
    public static readonly ProblemType PublishingNotAllowed = new("publishing-not-allowed", 403, "この機関のクライアントでは手続の提供内容を公開できません。");
    public static readonly ProblemType OfferingConflict = new("offering-conflict", 412, "ほかの担当者が提供内容を更新しています。最新の内容を確認してから、もう一度お試しください。");

    public static void Register(ProblemMappings problems) => problems
        .Map<CatalogQueryException>(Query)
        .Map<UnknownLocalGovernmentException>(UnknownLocalGovernment)
        .Map<ProcedureNotFoundException>((e, p) => p.Problem(ProcedureNotFound, "手続の一覧からもう一度お選びください。",
            ("procedureId", e.ProcedureId.Length > 100 ? e.ProcedureId[..100] : e.ProcedureId)))
        .Map<CatalogUnavailableException>(Unavailable)
        .Map<OfferingRejectedException>(Rejected)
        .Map<OfferingNotFoundException>((_, p) => p.Problem(OfferingNotFound, "削除する前に、提供内容の一覧を確認してください。"))
        .Map<PublishingRefusedException>(Refused)
        .Map<OfferingConflictException>(Conflict);

    private static readonly Dictionary<string, string> ParameterNames = new()
    {
        ["q"] = "キーワード",
        ["lg"] = "お住まいの地域",
        ["category"] = "カテゴリ",
        ["lifeEvent"] = "ライフイベント",
        ["online"] = "オンライン申請の絞り込み",
        ["page"] = "続きの位置",
    };

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["procedureId"] = "手続",
        ["methods"] = "申請方法",
        ["pageUrl"] = "案内ページのURL",
        ["contact"] = "問い合わせ先",
        ["note"] = "備考",
    };

    private static ProblemHttpResult Query(CatalogQueryException e, ProblemContext p)
    {
        var name = ParameterNames.GetValueOrDefault(e.Parameter, e.Parameter);
        var detail = e.Code switch
        {
            FieldErrorCodes.TooLong => $"{name}は{CatalogSearchService.MaxTextLength}文字以内で入力してください。",
            FieldErrorCodes.UnknownCategory => $"カテゴリ「{e.Value}」はありません。",
            FieldErrorCodes.UnknownLifeEvent => $"ライフイベント「{e.Value}」はありません。",
            FieldErrorCodes.NotABoolean => $"{name}は true または false で指定してください。",
            FieldErrorCodes.InvalidContinuation => "続きの位置が正しくありません。最初から検索し直してください。",
            FieldErrorCodes.NotAResidence => "都道府県ではなく、お住まいの市区町村を指定してください。",
            _ => $"{name}の値が正しくありません。",
        };
        return p.Problem(InvalidSearchParameter, detail, ("parameter", e.Parameter), ("code", e.Code), ("value", e.Value));
    }

    /// <summary>With the closest matches, so the client can offer "もしかして".</summary>
    private static ProblemHttpResult UnknownLocalGovernment(UnknownLocalGovernmentException e, ProblemContext p) =>
        p.Problem(LocalGovernmentNotFound,
            e.CloseMatches.Count > 0
                ? $"コード「{e.Code}」の地方公共団体はありません。候補: {string.Join("、", e.CloseMatches.Select(l => $"{l.Name}（{l.Code}）"))}"
                : $"コード「{e.Code}」の地方公共団体はありません。6桁の全国地方公共団体コードで指定してください。",
            ("code", e.Code), ("closeMatches", e.CloseMatches.Select(ProcedureViews.LocalGovernment).ToList()));

    private static ProblemHttpResult Unavailable(CatalogUnavailableException e, ProblemContext p)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(e.RetryAfter.TotalSeconds));
        p.Http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return p.Problem(CatalogUnavailable, $"{seconds}秒ほど待ってから、もう一度お試しください。",
            ("dependency", "catalog"), ("retryAfter", seconds));
    }

    private static ProblemHttpResult Rejected(OfferingRejectedException e, ProblemContext p)
    {
        var errors = e.Errors.Select(error => new Dictionary<string, object?>
        {
            ["field"] = error.Field,
            ["code"] = error.Code,
            ["detail"] = Detail(error),
        }).ToList();
        return p.Problem(InvalidOffering, string.Join(" ", errors.Select(error => error["detail"])), ("errors", errors));
    }

    private static ProblemHttpResult Refused(PublishingRefusedException e, ProblemContext p) =>
        p.Problem(PublishingNotAllowed, e.Reason == PublishingRefusals.Ward
            ? "政令指定都市の区の手続は、市のクライアントから公開してください。"
            : "このクライアントに登録された地方公共団体コードが、地方公共団体の一覧にありません。", ("reason", e.Reason));

    /// <summary>RFC 9110 §13.1.1: the current set and its ETag come back, so the agency can merge and retry at once.</summary>
    private static ProblemHttpResult Conflict(OfferingConflictException e, ProblemContext p)
    {
        if (e.Current is { } current)
        {
            p.Http.Response.Headers.ETag = EntityTags.Strong(current.ETag);
        }
        var set = e.Current?.Document;
        return p.Problem(OfferingConflict,
            set is null ? "提供内容はまだ登録されていません。If-Match を付けずに送信してください。" : "最新の提供内容（current）を確認して、ETag を If-Match に指定してください。",
            ("current", set is null ? null : new
            {
                body = set.Id,
                bodyName = set.BodyName,
                offerings = set.Offerings.Select(o => new { o.ProcedureId, o.Methods, o.PageUrl, o.Contact, o.Note }),
                updatedAt = set.UpdatedAt,
                updatedBy = set.UpdatedBy,
            }));
    }

    private static string Detail(OfferingFieldError error)
    {
        var name = FieldNames.GetValueOrDefault(error.Field, error.Field);
        return error.Code switch
        {
            FieldErrorCodes.Required => $"{name}を指定してください。",
            FieldErrorCodes.UnknownMethod => $"申請方法「{error.Value}」はありません（online、mail、counter のいずれか）。",
            FieldErrorCodes.DuplicateMethod => "同じ申請方法が重複しています。",
            FieldErrorCodes.NotOnlineCapable => "この手続はオンライン申請（online）に対応していません。",
            FieldErrorCodes.HttpsRequired => $"{name}は https:// で始まるURLで指定してください。",
            FieldErrorCodes.TooLong => $"{name}は{error.Limit}文字以内で指定してください。",
            FieldErrorCodes.ControlCharacters => $"{name}に制御文字は使えません。",
            FieldErrorCodes.WrongLevel => "この手続は、この機関が提供する手続ではありません（都道府県・市区町村・国の区分が異なります）。",
            _ => $"{name}の値が正しくありません。",
        };
    }
}
