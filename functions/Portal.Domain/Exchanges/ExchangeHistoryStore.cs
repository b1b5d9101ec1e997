using Microsoft.Azure.Cosmos;
using Portal.Domain.Histories;
using Portal.Domain.Storage;

namespace Portal.Domain.Exchanges;

/// <summary>
/// やりとり履歴, a hash chain per resident in <c>exchangeHistory</c>. Append-only: no method changes or removes a
/// record (retention's trim is the chain's, and leaves a checkpoint).
/// </summary>
public sealed class ExchangeHistoryStore(PortalDatabase database)
{
    public const int MaxPageSize = 100;

    private Container Container => database.Container(PortalContainers.ExchangeHistory);

    private DocumentStore<ExchangeRecord> Store => new(Container);

    public HashChain<ExchangeRecord> Chain => new(Container);

    /// <summary>
    /// Appends <paramref name="exchange"/> unless the resident's chain holds it already (a redelivery after a write
    /// whose acknowledgement was lost). Deliveries of one message follow each other (the queue hides a message while
    /// it is handled), so the check before the append is enough; it costs one query in one partition.
    /// </summary>
    public async Task AppendOnceAsync(ExchangeEvent exchange, CancellationToken cancellationToken)
    {
        var written = new QueryDefinition("SELECT * FROM c WHERE c.residentId = @resident AND c.exchangeId = @exchange")
            .WithParameter("@resident", exchange.ResidentId)
            .WithParameter("@exchange", exchange.Id);
        if ((await Store.QueryAsync(written, exchange.ResidentId, 1, null, cancellationToken)).Items.Count > 0)
        {
            return;
        }
        await Chain.AppendAsync(exchange.ResidentId, sequence => ExchangeRecord.From(exchange, sequence), cancellationToken);
    }

    /// <summary>The resident's own records between two times (upper bound exclusive), newest first, one page at a time.</summary>
    public Task<Page<ExchangeRecord>> ListAsync(
        string residentId, DateTimeOffset from, DateTimeOffset to, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.residentId = @resident AND c.timeKey >= @from AND c.timeKey < @to ORDER BY c.id DESC")
            .WithParameter("@resident", residentId)
            .WithParameter("@from", HistoryQueryText.TimeKey(from))
            .WithParameter("@to", HistoryQueryText.TimeKey(to));
        return Store.QueryAsync(query, residentId, Math.Clamp(pageSize, 1, MaxPageSize), continuationToken, cancellationToken);
    }
}
