using Portal.Contracts.Exchanges;

namespace Bot.Core.Exchanges;

/// <summary>What the chat may say of やりとり履歴: how many of each kind, how many refused or withheld — never who or what.</summary>
public static class ExchangeCounts
{
    /// <summary>「過去1年間のやりとり: 5件（情報照会 2件、申請の閲覧 3件）」, or 「過去1年間のやりとり: 0件」.</summary>
    public static string Line(ExchangePeriod period, IReadOnlyCollection<ExchangeEntry> entries)
    {
        var line = $"{period.Shown}のやりとり: {entries.Count}件";
        if (entries.Count == 0)
        {
            return line;
        }
        line += $"（{string.Join("、", entries.GroupBy(e => e.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{ExchangeTexts.KindName(g.Key)} {g.Count()}件"))}）";
        var refused = entries.Count(e => e.Outcome == "refused");
        var withheld = entries.Count(e => e.Withheld);
        return line + (refused > 0 ? $"、提供されなかった照会 {refused}件" : "") + (withheld > 0 ? $"、不開示を含むもの {withheld}件" : "");
    }
}
