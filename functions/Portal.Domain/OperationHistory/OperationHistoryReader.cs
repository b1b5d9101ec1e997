using System.Globalization;
using Portal.Contracts.Errors;
using Portal.Domain.Errors;
using Portal.Domain.Histories;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.OperationHistory;

/// <summary>
/// A resident's own 操作履歴 (guide 3-F), as the query string asks for it: a time range (default the last 90 days),
/// newest first, one page at a time. Only the principal's own partition is ever read, whatever the token says.
/// </summary>
public sealed class OperationHistoryReader(OperationHistoryStore store, TimeProvider clock)
{
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(90);

    public const int DefaultPageSize = 20;

    /// <exception cref="InvalidInputException">A time that is not ISO 8601, from after to, a page size outside 1–100,
    /// a continuation token that is not one of ours (all named together).</exception>
    public async Task<Page<OperationRecord>> ListAsync(
        ResidentContext resident, string? from, string? to, string? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var end = HistoryQueryText.ParseTime("to", to, errors) ?? clock.GetUtcNow();
        var start = HistoryQueryText.ParseTime("from", from, errors) ?? end - DefaultRange;
        if (errors.Count == 0 && start > end)
        {
            errors.Add(new FieldError("from", FieldErrorCodes.InvalidRange));
        }
        var size = DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size)
            || size is < 1 or > OperationHistoryStore.MaxPageSize))
        {
            errors.Add(new FieldError("pageSize", FieldErrorCodes.OutOfRange, OperationHistoryStore.MaxPageSize));
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
