using System.Globalization;
using Portal.Contracts.Errors;
using Portal.Domain.Errors;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories;

/// <summary>
/// A history list's query string, checked the same way for 操作履歴 and やりとり履歴: a time range (<c>to</c> inclusive,
/// default now; <c>from</c> default <c>to</c> less the history's default range), a page size, our own continuation token.
/// </summary>
/// <param name="ToExclusive">One tick after <c>to</c>: the stores' upper bounds are exclusive.</param>
public sealed record HistoryQuery(DateTimeOffset From, DateTimeOffset ToExclusive, int PageSize, string? Continuation)
{
    public const int DefaultPageSize = 20;

    /// <param name="oldestFrom">The earliest <c>from</c> allowed (a history kept for a retention period), if any.</param>
    /// <exception cref="InvalidInputException">A time that is not ISO 8601, from after to, from before
    /// <paramref name="oldestFrom"/>, a page size outside 1–<paramref name="maxPageSize"/>, a continuation token that is
    /// not one of ours (all named together).</exception>
    public static HistoryQuery Parse(string? from, string? to, string? pageSize, string? continuationToken,
        DateTimeOffset now, TimeSpan defaultRange, int maxPageSize, DateTimeOffset? oldestFrom = null)
    {
        var errors = new List<FieldError>();
        var end = HistoryQueryText.ParseTime("to", to, errors) ?? now;
        var start = HistoryQueryText.ParseTime("from", from, errors) ?? end - defaultRange;
        if (errors.Count == 0 && start > end)
        {
            errors.Add(new FieldError("from", FieldErrorCodes.InvalidRange));
        }
        else if (errors.Count == 0 && start < oldestFrom)
        {
            errors.Add(new FieldError("from", FieldErrorCodes.OutOfRange));
        }
        var size = DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size)
            || size < 1 || size > maxPageSize))
        {
            errors.Add(new FieldError("pageSize", FieldErrorCodes.OutOfRange, maxPageSize));
        }
        var continuation = HistoryQueryText.Decode("continuationToken", continuationToken, errors);
        InvalidInputException.ThrowIfAny(errors);
        return new HistoryQuery(start, end.AddTicks(1), size, continuation);
    }

    /// <summary>One page from <paramref name="read"/>, its continuation encoded as ours.</summary>
    /// <exception cref="InvalidInputException">The store did not take the continuation token.</exception>
    public async Task<Page<T>> ReadAsync<T>(Func<HistoryQuery, Task<Page<T>>> read)
    {
        try
        {
            var page = await read(this);
            return page with { ContinuationToken = page.ContinuationToken is { } next ? HistoryQueryText.Encode(next) : null };
        }
        catch (InvalidContinuationException)
        {
            throw InvalidInputException.For("continuationToken", FieldErrorCodes.InvalidContinuation);
        }
    }
}
