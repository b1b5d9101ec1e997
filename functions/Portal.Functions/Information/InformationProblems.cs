using Functions.Http.Problems;
using Portal.Domain.Information;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Information;

/// <summary>
/// わたしの情報. An agency's unknown ref is one 404 whether the ref is malformed, another body's or never given out;
/// a resident's bad date or category is the edge's invalid-input with the field named.
/// </summary>
public static class InformationProblems
{
    public static readonly ProblemType CategoryNotFound = new("information-category-not-found", 404, "指定された分野項目はありません。");
    public static readonly ProblemType CategoryNotAllowed = new("information-category-not-allowed", 403, "この機関はこの分野項目の情報を登録できません。");
    public static readonly ProblemType ResidentUnknown = new("information-resident-unknown", 404, "指定された住民は見つかりませんでした。");
    public static readonly ProblemType RecordIdInvalid = new("information-record-id-invalid", 400, "情報の番号（recordId）の形式が正しくありません。");

    public static void Register(ProblemMappings problems) => problems
        .Map<InformationCategoryNotFoundException>((_, p) => p.Problem(CategoryNotFound,
            "分野項目の一覧（GET /api/information/categories）の id を指定してください。"))
        .Map<InformationCategoryNotAllowedException>((e, p) => p.Problem(CategoryNotAllowed,
            "分野項目ごとに、情報を提供できる機関の種類（市区町村、都道府県、国の機関、医療保険者）が決まっています。",
            ("category", e.Category), ("bodyKind", e.BodyKind)))
        .Map<InformationResidentUnknownException>((_, p) => p.Problem(ResidentUnknown,
            "residentRef は、この機関あての申請などで受け取ったものを指定してください。"))
        .Map<InformationRecordIdInvalidException>((_, p) => p.Problem(RecordIdInvalid,
            "英数字と . _ - の64文字以内で指定してください。"))
        .Name("validFrom", "有効期間の開始日")
        .Name("validTo", "有効期間の終了日")
        .Name("data", "情報の内容")
        .Name("withheld", "不開示")
        .Name("asOf", "確認対象日")
        .Name("recordedAsOf", "記録時点");
}
