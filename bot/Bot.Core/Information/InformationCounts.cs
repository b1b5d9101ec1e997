using Portal.Contracts.Information;

namespace Bot.Core.Information;

/// <summary>
/// What the chat may say of the records found: how many per provider and how many withheld — never a value. A record
/// valid over several periods of a range counts once.
/// </summary>
public static class InformationCounts
{
    /// <summary>「税・所得: 2件（千代田区 1件、荒川区 1件）、不開示 1件」, or 「税・所得: 0件」.</summary>
    public static string Line(string categoryName, MyInformationView view)
    {
        var records = view.Periods.SelectMany(p => p.Categories).SelectMany(c => c.Providers)
            .SelectMany(p => p.Records.Select(r => (Provider: p.Name, r.RecordId, r.Withheld)))
            .Distinct().ToList();
        if (records.Count == 0)
        {
            return $"{categoryName}: 0件";
        }
        var byProvider = string.Join("、", records.GroupBy(r => r.Provider).Select(g => $"{g.Key} {g.Count()}件"));
        var withheld = records.Count(r => r.Withheld);
        return $"{categoryName}: {records.Count}件（{byProvider}）" + (withheld > 0 ? $"、不開示 {withheld}件" : "");
    }

    public static bool Any(MyInformationView view) =>
        view.Periods.Any(p => p.Categories.Any(c => c.Providers.Any(pr => pr.Records.Count > 0)));
}
