using System.Globalization;
using Portal.Contracts.Errors;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Records;
using Portal.Domain.Proxies.Acting;
using Portal.Domain.Residents;

namespace Portal.Domain.Information.Residents;

/// <summary>
/// わたしの情報: the current version of each record agencies hold about the signed-in resident (the principal, so a
/// proxy slots in), valid on one day (default today in Japan) or over a range. One partition query, the resident's own.
/// With <c>recordedAsOf</c> it answers as the agencies had it then: the latest version of each record recorded by that
/// time, so a later correction does not rewrite what the portal showed before it. Categories the portal itself holds
/// (<see cref="IPortalHeldInformation"/>) join as records of the portal.
/// </summary>
public sealed class ResidentInformationService(
    InformationCatalogue catalogue, InformationRecordRepository records, TimeProvider clock,
    IEnumerable<IPortalHeldInformation>? portalHeld = null)
{
    private readonly IReadOnlyList<IPortalHeldInformation> _portalHeld = [.. portalHeld ?? []];

    /// <exception cref="InvalidInputException">An unknown category, a bad day or time, asOf with a range, or a range ending before it starts.</exception>
    /// <exception cref="NotDelegatedException">A proxy asked for a category the delegation did not choose.</exception>
    public async Task<ResidentInformation> ReadAsync(ResidentContext resident, string? category, string? asOf, string? from, string? to,
        string? recordedAsOf, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var recordedBy = RecordedBy(recordedAsOf, errors);
        var (start, end) = Range(category, asOf, from, to, errors);
        var only = string.IsNullOrEmpty(category) ? null : category;
        if (only is not null && !resident.MaySee(only))
        {
            throw new NotDelegatedException($"information category {only}");
        }
        var found = recordedBy is { } at
            ? [.. (await records.VersionsAsync(resident.PrincipalId, only, cancellationToken)).Where(r => r.RecordedAt <= at)]
            : await records.CurrentAsync(resident.PrincipalId, only, start, end, cancellationToken);
        found = [.. found, .. await PortalHeldAsync(resident.PrincipalId, only, recordedBy, cancellationToken)];
        // Between a correction's create and its marking of the one it replaced, both are current: the newer one wins.
        // A proxy sees only the delegation's categories: the others are absent, as if there were nothing in them.
        var latest = found.Where(r => resident.MaySee(r.Category))
            .GroupBy(r => (r.Body, r.Category, r.RecordId)).Select(g => g.MaxBy(r => r.Version)!).ToList();
        return new ResidentInformation(start, end, InformationPeriods.Split(latest, start, end));
    }

    /// <summary>
    /// The portal's own records of the categories asked for. The portal keeps only the current one, so asked as of an
    /// earlier time it shows it only if it was recorded by then.
    /// </summary>
    private async Task<List<InformationRecord>> PortalHeldAsync(
        string residentId, string? only, DateTimeOffset? recordedBy, CancellationToken cancellationToken)
    {
        var found = new List<InformationRecord>();
        foreach (var source in _portalHeld.Where(s => only is null || s.Category == only))
        {
            if (await source.ReadAsync(residentId, cancellationToken) is { } record && (recordedBy is not { } at || record.RecordedAt <= at))
            {
                found.Add(record);
            }
        }
        return found;
    }

    private (DateOnly From, DateOnly To) Range(string? category, string? asOf, string? from, string? to, List<FieldError> errors)
    {
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

    /// <summary>A time with its offset, or a day meaning the end of that day in Japan.</summary>
    private static DateTimeOffset? RecordedBy(string? text, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9)).AddTicks(-1);
        }
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];
        // No local times: the server's zone means nothing to the resident.
        if (DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            && (text.EndsWith('Z') || text[^6] is '+' or '-'))
        {
            return time;
        }
        errors.Add(new FieldError("recordedAsOf", FieldErrorCodes.InvalidTime));
        return null;
    }

    private static DateOnly? Missing(string field, List<FieldError> errors)
    {
        errors.Add(new FieldError(field, FieldErrorCodes.Required));
        return null;
    }
}
