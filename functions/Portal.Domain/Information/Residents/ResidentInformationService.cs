using Portal.Contracts.Errors;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Records;
using Portal.Domain.Residents;

namespace Portal.Domain.Information.Residents;

/// <summary>
/// わたしの情報: the current version of each record agencies hold about the signed-in resident (the principal, so a
/// proxy slots in), valid on one day (default today in Japan) or over a range. One partition query, the resident's own.
/// </summary>
public sealed class ResidentInformationService(InformationCatalogue catalogue, InformationRecordRepository records, TimeProvider clock)
{
    /// <exception cref="InvalidInputException">An unknown category, a bad day, asOf with a range, or a range ending before it starts.</exception>
    public async Task<ResidentInformation> ReadAsync(
        ResidentContext resident, string? category, string? asOf, string? from, string? to, CancellationToken cancellationToken)
    {
        var (start, end) = Range(category, asOf, from, to);
        var current = await records.CurrentAsync(resident.PrincipalId, string.IsNullOrEmpty(category) ? null : category, cancellationToken);
        // Between a correction's create and its marking of the one it replaced, both are current: the newer one wins.
        var latest = current.GroupBy(r => (r.Body, r.Category, r.RecordId)).Select(g => g.MaxBy(r => r.Version)!).ToList();
        return new ResidentInformation(start, end, InformationPeriods.Split(latest, start, end));
    }

    private (DateOnly From, DateOnly To) Range(string? category, string? asOf, string? from, string? to)
    {
        var errors = new List<FieldError>();
        if (!string.IsNullOrEmpty(category) && catalogue.Find(category) is null)
        {
            errors.Add(new FieldError("category", FieldErrorCodes.UnknownCategory));
        }
        var ranged = !string.IsNullOrEmpty(from) || !string.IsNullOrEmpty(to);
        if (ranged && !string.IsNullOrEmpty(asOf))
        {
            errors.Add(new FieldError("asOf", FieldErrorCodes.Invalid));
        }
        DateOnly? start = null, end = null;
        if (ranged)
        {
            start = string.IsNullOrEmpty(from) ? Missing("from", errors) : InformationDates.Parse(from, "from", errors);
            end = string.IsNullOrEmpty(to) ? Missing("to", errors) : InformationDates.Parse(to, "to", errors);
            if (start > end)
            {
                errors.Add(new FieldError("to", FieldErrorCodes.InvalidRange));
            }
        }
        else
        {
            start = end = string.IsNullOrEmpty(asOf) ? InformationDates.TodayInJapan(clock) : InformationDates.Parse(asOf, "asOf", errors);
        }
        InvalidInputException.ThrowIfAny(errors);
        return (start!.Value, end!.Value);
    }

    private static DateOnly? Missing(string field, List<FieldError> errors)
    {
        errors.Add(new FieldError(field, FieldErrorCodes.Required));
        return null;
    }
}
