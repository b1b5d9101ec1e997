using System.Diagnostics.CodeAnalysis;
using Bot.Core.Forms;

namespace Bot.Core.Information;

/// <summary>
/// A 確認対象日 (one day, From = To) or a period as residents type it: any date <see cref="JapaneseDates"/> reads, or two
/// of them joined by 〜, ~ or から (令和6年4月1日〜令和6年6月30日, 2024/4/1~2024/6/30).
/// </summary>
public sealed record InformationPeriod(DateOnly From, DateOnly To)
{
    private static readonly string[] Separators = ["〜", "～", "~", "から"];

    public bool IsDay => From == To;

    public static InformationPeriod Day(DateOnly day) => new(day, day);

    public static bool TryParse(string text, [NotNullWhen(true)] out InformationPeriod? period)
    {
        period = null;
        var trimmed = text.Trim().TrimEnd('ま', 'で');
        foreach (var separator in Separators)
        {
            var parts = trimmed.Split(separator, 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
            {
                if (JapaneseDates.TryParse(parts[0], out var from) && JapaneseDates.TryParse(parts[1], out var to) && from <= to)
                {
                    period = new InformationPeriod(from, to);
                }
                return period is not null;
            }
        }
        if (JapaneseDates.TryParse(trimmed, out var day))
        {
            period = Day(day);
        }
        return period is not null;
    }

    /// <summary>「令和6年4月1日時点」 or 「令和6年4月1日〜令和6年6月30日」.</summary>
    public string Shown => IsDay
        ? $"{JapaneseDates.Format(JapaneseDates.Iso(From))}時点"
        : $"{JapaneseDates.Format(JapaneseDates.Iso(From))}〜{JapaneseDates.Format(JapaneseDates.Iso(To))}";

    /// <summary>The portal's query for it: asOf, or from and to.</summary>
    public string Query => IsDay ? $"asOf={JapaneseDates.Iso(From)}" : $"from={JapaneseDates.Iso(From)}&to={JapaneseDates.Iso(To)}";
}
