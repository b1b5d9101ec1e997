using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Contracts.Errors;
using Portal.Domain.Procedures.Serving;
using Portal.Functions.Procedures;

namespace Portal.Functions.Http.Problems;

/// <summary>The Japanese wording of さがす's and agency publishing's problems.</summary>
internal static class ProcedureProblems
{
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

    public static ProblemHttpResult Query(ProblemMapper mapper, CatalogQueryException e, HttpContext http)
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
        return mapper.Build(ProblemTypes.InvalidSearchParameter, http, detail, ("parameter", e.Parameter), ("code", e.Code), ("value", e.Value));
    }

    /// <summary>With the closest matches, so the client can offer "もしかして".</summary>
    public static ProblemHttpResult UnknownLocalGovernment(ProblemMapper mapper, UnknownLocalGovernmentException e, HttpContext http) =>
        mapper.Build(ProblemTypes.LocalGovernmentNotFound, http,
            e.CloseMatches.Count > 0
                ? $"コード「{e.Code}」の地方公共団体はありません。候補: {string.Join("、", e.CloseMatches.Select(l => $"{l.Name}（{l.Code}）"))}"
                : $"コード「{e.Code}」の地方公共団体はありません。6桁の全国地方公共団体コードで指定してください。",
            ("code", e.Code), ("closeMatches", e.CloseMatches.Select(ProcedureViews.LocalGovernment).ToList()));

    public static ProblemHttpResult Unavailable(ProblemMapper mapper, CatalogUnavailableException e, HttpContext http)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(e.RetryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return mapper.Build(ProblemTypes.CatalogUnavailable, http, $"{seconds}秒ほど待ってから、もう一度お試しください。",
            ("dependency", "catalog"), ("retryAfter", seconds));
    }

    public static ProblemHttpResult Rejected(ProblemMapper mapper, OfferingRejectedException e, HttpContext http)
    {
        var errors = e.Errors.Select(error => new Dictionary<string, object?>
        {
            ["field"] = error.Field,
            ["code"] = error.Code,
            ["detail"] = Detail(error),
        }).ToList();
        return mapper.Build(ProblemTypes.InvalidOffering, http, string.Join(" ", errors.Select(error => error["detail"])), ("errors", errors));
    }

    public static ProblemHttpResult Refused(ProblemMapper mapper, PublishingRefusedException e, HttpContext http) =>
        mapper.Build(ProblemTypes.PublishingNotAllowed, http, e.Reason == PublishingRefusals.Ward
            ? "政令指定都市の区の手続は、市のクライアントから公開してください。"
            : "このクライアントに登録された地方公共団体コードが、地方公共団体の一覧にありません。", ("reason", e.Reason));

    /// <summary>RFC 9110 §13.1.1: the current set and its ETag come back, so the agency can merge and retry at once.</summary>
    public static ProblemHttpResult Conflict(ProblemMapper mapper, OfferingConflictException e, HttpContext http)
    {
        if (e.Current is { } current)
        {
            http.Response.Headers.ETag = ProcedureViews.EntityTag(current);
        }
        var set = e.Current?.Document;
        return mapper.Build(ProblemTypes.OfferingConflict, http,
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
