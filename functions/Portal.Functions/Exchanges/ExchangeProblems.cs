using Functions.Http.Problems;
using Portal.Domain.Exchanges.Purposes;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Exchanges;

/// <summary>
/// やりとり履歴 and 情報照会: a purpose outside the allowed-purpose table is a 403 naming what was asked. Field names are
/// shared by all features (<c>category</c> is already 分類), so only the new ones are named here.
/// </summary>
public static class ExchangeProblems
{
    public static readonly ProblemType PurposeNotAllowed = new("exchange-purpose-not-allowed", 403, "この事務のためにこの情報を照会することはできません。");

    public static void Register(ProblemMappings problems) => problems
        .Map<ExchangePurposeNotAllowedException>((e, p) => p.Problem(PurposeNotAllowed,
            "照会できる情報の項目と事務の組み合わせは、機関の種類ごとに法令（番号法の別表）で決まっています。この照会は記録されました。",
            ("category", e.Category), ("purpose", e.Purpose)))
        .Name("residentRef", "住民の符号（residentRef）")
        .Name("purpose", "事務");
}
