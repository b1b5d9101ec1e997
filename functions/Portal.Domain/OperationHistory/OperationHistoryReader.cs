using Portal.Domain.Errors;
using Portal.Domain.Histories;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.OperationHistory;

/// <summary>
/// A resident's own 操作履歴 (guide 3-F), as the query string asks for it: a time range (default the last 90 days),
/// newest first, one page at a time. Only the principal's own partition is ever read, whatever the token says. A
/// proxy reading it sees neither the lines about proxies and linked sites nor other proxies' acts (a page may then
/// hold fewer lines than asked for; the continuation token still goes on).
/// </summary>
public sealed class OperationHistoryReader(OperationHistoryStore store, TimeProvider clock)
{
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(90);

    /// <exception cref="InvalidInputException">A time that is not ISO 8601, from after to, a page size outside 1–100,
    /// a continuation token that is not one of ours (all named together).</exception>
    public async Task<Page<OperationRecord>> ListAsync(
        ResidentContext resident, string? from, string? to, string? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = HistoryQuery.Parse(from, to, pageSize, continuationToken, now, DefaultRange, OperationHistoryStore.MaxPageSize);
        var page = await query.ReadAsync(q => store.ListAsync(resident.PrincipalId, q.From, q.ToExclusive, q.PageSize, q.Continuation, cancellationToken));
        return resident.IsProxy ? page with { Items = [.. page.Items.Where(r => ShownTo(resident, r))] } : page;
    }

    private static bool ShownTo(ResidentContext proxy, OperationRecord record) =>
        !ProxyHiddenOperations.IsHidden(record.Operation) && (record.DelegationId is null || record.DelegationId == proxy.DelegationId);
}
