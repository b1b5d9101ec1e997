using Microsoft.Azure.Cosmos;
using Portal.Domain.Histories;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.OperationHistory;

/// <summary>
/// Appends and pages through 操作履歴, a hash chain per principal (<see cref="HashChain{T}"/>). Append-only on purpose:
/// there is no method to change or remove a record (retention's trim is the chain's, and leaves a checkpoint).
/// </summary>
public sealed class OperationHistoryStore(PortalDatabase database, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    private Container Container => database.Container(PortalContainers.OperationHistory);

    private DocumentStore<OperationRecord> Store => new(Container);

    public HashChain<OperationRecord> Chain => new(Container);

    /// <summary>
    /// Appends to the principal's history; an act by a proxy is also appended to the proxy's own history, as done on
    /// behalf of the principal, so each of them sees it in a chain of their own.
    /// </summary>
    public async Task<OperationRecord> AppendAsync(
        ResidentContext context, string operation, string? target, OperationOutcome outcome, CancellationToken cancellationToken)
    {
        var record = await Chain.AppendAsync(context.PrincipalId, sequence =>
        {
            var now = clock.GetUtcNow();
            return new OperationRecord(ChainIds.Entry(sequence), context.PrincipalId, context.ActorId, context.ClientId,
                operation, target, outcome, now)
            {
                Sequence = sequence, TimeKey = TimeKey(now), DelegationId = context.DelegationId,
            };
        }, cancellationToken);
        if (context.IsProxy)
        {
            await Chain.AppendAsync(context.ActorId, sequence => new OperationRecord(ChainIds.Entry(sequence), context.ActorId,
                context.ActorId, context.ClientId, operation, target, outcome, record.At)
            {
                Sequence = sequence, TimeKey = TimeKey(record.At), DelegationId = context.DelegationId, OnBehalfOf = context.PrincipalId,
            }, cancellationToken);
        }
        return record;
    }

    /// <summary>Records from before the chain have their time key as the start of their id.</summary>
    private static string TimeKey(DateTimeOffset time) => HistoryQueryText.TimeKey(time);

    /// <summary>
    /// The principal's own records between two times, newest first, one page at a time. Newest first is id order:
    /// chained ids ("s" and the sequence number) sort after the time-led ids of the records from before the chain.
    /// </summary>
    public Task<Page<OperationRecord>> ListAsync(
        string principalId, DateTimeOffset from, DateTimeOffset to, int pageSize, string? continuationToken,
        CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.residentId = @principal AND ((c.id >= @from AND c.id < @to) OR (c.timeKey >= @from AND c.timeKey < @to)) ORDER BY c.id DESC")
            .WithParameter("@principal", principalId)
            .WithParameter("@from", TimeKey(from))
            .WithParameter("@to", TimeKey(to));
        return Store.QueryAsync(query, principalId, Math.Clamp(pageSize, 1, MaxPageSize), continuationToken, cancellationToken);
    }

    /// <summary>The principal's records from before the chain (ids led by their time), oldest first.</summary>
    public async Task<IReadOnlyList<OperationRecord>> ListBeforeChainAsync(string principalId, CancellationToken cancellationToken)
    {
        // Digits sort before ':', every chain document's id after it.
        var query = new QueryDefinition("SELECT * FROM c WHERE c.residentId = @principal AND c.id < ':' ORDER BY c.id")
            .WithParameter("@principal", principalId);
        var records = new List<OperationRecord>();
        string? continuation = null;
        do
        {
            var page = await Store.QueryAsync(query, principalId, MaxPageSize, continuation, cancellationToken);
            records.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return records;
    }
}
