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

    /// <exception cref="InvalidInputException">A time that is not ISO 8601, from after to, from more than 7 years back,
    /// a page size outside 1–100, a continuation token that is not one of ours (all named together).</exception>
    public Task<Page<ExchangeRecord>> ListAsync(
        ResidentContext resident, string? from, string? to, string? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = HistoryQuery.Parse(from, to, pageSize, continuationToken, now, DefaultRange, ExchangeHistoryStore.MaxPageSize, now - ExchangeRetention.Period);
        return query.ReadAsync(q => store.ListAsync(resident.PrincipalId, q.From, q.ToExclusive, q.PageSize, q.Continuation, cancellationToken));
    }
}
