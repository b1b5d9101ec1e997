using System.Globalization;
using Portal.Contracts.Errors;
using Portal.Domain.Errors;
using Portal.Domain.Histories;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Exchanges;

/// <summary>
/// A resident's own やりとり履歴 (guide 3-C) as the query string asks for it: a period (default the last year, never
/// starting more than 7 years back, the retention), newest first, one page at a time. Only the principal's own
/// partition is ever read.
/// </summary>
public sealed class ExchangeHistoryReader(ExchangeHistoryStore store, TimeProvider clock)
{
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(365);

    public const int DefaultPageSize = 20;

    /// <exception cref="InvalidInputException">A time that is not ISO 8601, from after to, from more than 7 years back,
    /// a page size outside 1–100, a continuation token that is not one of ours (all named together).</exception>
    public async Task<Page<ExchangeRecord>> ListAsync(
        ResidentContext resident, string? from, string? to, string? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var now = clock.GetUtcNow();
        var end = HistoryQueryText.ParseTime("to", to, errors) ?? now;
        var start = HistoryQueryText.ParseTime("from", from, errors) ?? end - DefaultRange;
        if (errors.Count == 0 && start > end)
        {
            errors.Add(new FieldError("from", FieldErrorCodes.InvalidRange));
        }
        else if (errors.Count == 0 && start < now - ExchangeRetention.Period)
        {
            errors.Add(new FieldError("from", FieldErrorCodes.OutOfRange));
        }
        var size = DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size)
            || size is < 1 or > ExchangeHistoryStore.MaxPageSize))
        {
            errors.Add(new FieldError("pageSize", FieldErrorCodes.OutOfRange, ExchangeHistoryStore.MaxPageSize));
        }
        var continuation = HistoryQueryText.Decode("continuationToken", continuationToken, errors);
        InvalidInputException.ThrowIfAny(errors);
        try
        {
            // "to" is inclusive: the store's upper bound is exclusive at tick precision.
            var page = await store.ListAsync(resident.PrincipalId, start, end.AddTicks(1), size, continuation, cancellationToken);
            return page with { ContinuationToken = page.ContinuationToken is { } next ? HistoryQueryText.Encode(next) : null };
        }
        catch (InvalidContinuationException)
        {
            throw InvalidInputException.For("continuationToken", FieldErrorCodes.InvalidContinuation);
        }
    }
}
