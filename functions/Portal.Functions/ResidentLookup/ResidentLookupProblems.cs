using Functions.Http.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Residents.Lookup;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.ResidentLookup;

/// <summary>本人確認情報の照会: one 404 for none, several and not consenting, so the answer is no oracle.</summary>
public static class ResidentLookupProblems
{
    public static readonly ProblemType NotFound = new("resident-lookup-not-found", 404, "該当する住民を特定できませんでした。");
    public static readonly ProblemType DailyLimit = new("resident-lookup-daily-limit", 429, "本日照会できる件数の上限に達しました。");

    public static void Register(ProblemMappings problems) => problems
        .Map<LookupNotFoundException>((_, p) => p.Problem(NotFound,
            "基本4情報（氏名、住所、生年月日、性別）が券面のとおりに一致し、照会に同意している住民がただ一人のときだけ回答します。"))
        .Map<LookupDailyLimitExceededException>(DailyLimitReached)
        .Name("name", "氏名")
        .Name("address", "住所")
        .Name("dateOfBirth", "生年月日")
        .Name("sex", "性別")
        .Name("allowed", "照会への同意");

    /// <summary>RFC 6585 §4: the day's allowance resets at midnight in Japan; misses counted as well as matches.</summary>
    private static ProblemHttpResult DailyLimitReached(LookupDailyLimitExceededException e, ProblemContext p)
    {
        p.Http.Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return p.Problem(DailyLimit, $"1日に照会できるのは{e.Limit}件までです（該当しなかった照会も数えます）。日本時間の午前0時を過ぎてから照会してください。",
            ("limit", e.Limit), ("retryAfter", e.RetryAfterSeconds));
    }
}
