using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Domain.Information;
using Portal.Domain.Information.Records;

namespace Portal.Domain.HealthInsurance;

/// <summary>
/// The qualification in effect today: the current, disclosed records of category 1 that insurers provided through
/// <c>agency.information</c>, status 有効, valid today in Japan. Of several (a change of insurer overlapping for a day)
/// the latest acquired wins.
/// </summary>
public sealed class InsuranceQualifications(InformationRecordRepository records, TimeProvider clock)
{
    public const string Category = "health-insurance-card";

    public async Task<InsuranceQualification?> CurrentAsync(string residentId, CancellationToken cancellationToken)
    {
        var today = InformationDates.TodayInJapan(clock);
        var found = await records.CurrentAsync(residentId, Category, today, today, cancellationToken);
        return found.Where(r => !r.Withheld && r.Data is not null && r.IsValidOn(today))
            .GroupBy(r => (r.Body, r.RecordId)).Select(g => g.MaxBy(r => r.Version)!)
            .Select(Of).OfType<InsuranceQualification>()
            .Where(q => q.ValidUntil is null || today <= q.ValidUntil)
            .MaxBy(q => q.QualifiedOn);
    }

    private static InsuranceQualification? Of(InformationRecord record)
    {
        var data = record.Data!;
        if (Text(data, "status") != "有効" || Day(Text(data, "qualifiedOn")) is not { } qualifiedOn)
        {
            return null;
        }
        var lost = Day(Text(data, "lostOn"));
        DateOnly? until = lost is { } l ? l.AddDays(-1) : null;
        if (record.ValidTo is { } end && (until is null || end < until))
        {
            until = end;
        }
        return new InsuranceQualification(Text(data, "insurerName") ?? "", Text(data, "insurerNumber") ?? "", Text(data, "symbol"),
            Text(data, "insuredNumber") ?? "", Text(data, "branchNumber"), Text(data, "relationship"), qualifiedOn, until);
    }

    private static string? Text(JsonObject data, string key) => data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
