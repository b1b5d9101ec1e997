using Portal.Domain.Information.Records;

namespace Portal.Domain.Information.Residents;

/// <summary>
/// Splits a range at every day a record starts or stops being valid, so each period holds the same records
/// throughout: what was true from when to when, as 確認対象日 over a period needs.
/// </summary>
public static class InformationPeriods
{
    public static IReadOnlyList<InformationPeriod> Split(IReadOnlyList<InformationRecord> records, DateOnly from, DateOnly to)
    {
        var starts = new SortedSet<DateOnly> { from };
        foreach (var record in records)
        {
            if (record.ValidFrom > from && record.ValidFrom <= to)
            {
                starts.Add(record.ValidFrom);
            }
            if (record.ValidTo is { } last && last >= from && last < to)
            {
                starts.Add(last.AddDays(1));
            }
        }
        var ordered = starts.ToList();
        return [.. ordered.Select((start, i) => new InformationPeriod(start, i + 1 < ordered.Count ? ordered[i + 1].AddDays(-1) : to,
            [.. records.Where(r => r.IsValidOn(start))]))];
    }
}
