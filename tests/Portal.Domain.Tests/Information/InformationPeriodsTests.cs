using System.Text.Json.Nodes;
using Portal.Domain.Information.Records;
using Portal.Domain.Information.Residents;

namespace Portal.Domain.Tests.Information;

/// <summary>A range splits wherever a record starts or stops being valid, and each period holds what was valid throughout.</summary>
public sealed class InformationPeriodsTests
{
    public static readonly TheoryData<string, string, string[], string[]> Cases = new()
    {
        // records as "id:from..to" (to empty = open); periods as "from..to=ids"
        { "2024-01-01", "2024-12-31", [], ["2024-01-01..2024-12-31="] },
        { "2024-01-01", "2024-12-31", ["a:2023-01-01.."], ["2024-01-01..2024-12-31=a"] },
        { "2024-01-01", "2024-12-31", ["a:2024-04-01.."], ["2024-01-01..2024-03-31=", "2024-04-01..2024-12-31=a"] },
        { "2024-01-01", "2024-12-31", ["a:2023-01-01..2024-06-30", "b:2024-07-01.."],
            ["2024-01-01..2024-06-30=a", "2024-07-01..2024-12-31=b"] },
        { "2024-01-01", "2024-12-31", ["a:2024-03-01..2024-03-31", "b:2024-01-01.."],
            ["2024-01-01..2024-02-29=b", "2024-03-01..2024-03-31=a,b", "2024-04-01..2024-12-31=b"] },
        { "2024-01-01", "2024-12-31", ["a:2024-12-31..2025-01-31"], ["2024-01-01..2024-12-30=", "2024-12-31..2024-12-31=a"] },
        { "2024-06-01", "2024-06-01", ["a:2024-01-01..2024-06-01", "b:2024-06-02.."], ["2024-06-01..2024-06-01=a"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_range_splits_at_validity_boundaries(string from, string to, string[] records, string[] expected)
    {
        var periods = InformationPeriods.Split([.. records.Select(Record)], DateOnly.Parse(from), DateOnly.Parse(to));

        Assert.Equal(expected, periods.Select(p =>
            $"{p.From:yyyy-MM-dd}..{p.To:yyyy-MM-dd}={string.Join(",", p.Records.Select(r => r.RecordId).Order())}"));
    }

    private static InformationRecord Record(string text)
    {
        var (id, range) = (text.Split(':')[0], text.Split(':')[1].Split(".."));
        return new InformationRecord
        {
            Id = id, ResidentId = "acc", Body = "131016", BodyKind = "municipality", ProviderName = "千代田区", Category = "household",
            RecordId = id, Version = 1, ValidFrom = DateOnly.Parse(range[0]),
            ValidTo = range[1].Length > 0 ? DateOnly.Parse(range[1]) : null, Data = new JsonObject(), RecordedAt = DateTimeOffset.UnixEpoch,
        };
    }
}
