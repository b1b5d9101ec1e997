using Functions.Http.Problems;
using Portal.Domain.Residents.Lookup;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.ResidentLookup;

/// <summary>本人確認情報の照会: one 404 for none, several and not consenting, so the answer is no oracle.</summary>
public static class ResidentLookupProblems
{
    public static readonly ProblemType NotFound = new("resident-lookup-not-found", 404, "該当する住民を特定できませんでした。");

    public static void Register(ProblemMappings problems) => problems
        .Map<LookupNotFoundException>((_, p) => p.Problem(NotFound,
            "基本4情報（氏名、住所、生年月日、性別）が券面のとおりに一致し、照会に同意している住民がただ一人のときだけ回答します。"))
        .Name("name", "氏名")
        .Name("address", "住所")
        .Name("dateOfBirth", "生年月日")
        .Name("sex", "性別")
        .Name("allowed", "照会への同意");
}
