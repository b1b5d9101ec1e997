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
    /// Appends <paramref name="exchange"/> once however often, and however concurrently, it is delivered: a claim keyed
    /// by the exchange id in the resident's partition decides its number (see <see cref="HashChain{T}.AppendOnceAsync"/>),
    /// so two deliveries running at the same moment (a visibility timeout that ran out, two instances) cannot both append.
    /// </summary>
    public Task AppendOnceAsync(ExchangeEvent exchange, CancellationToken cancellationToken) =>
        Chain.AppendOnceAsync(exchange.ResidentId, exchange.Id, entry => entry.ExchangeId == exchange.Id,
            sequence => ExchangeRecord.From(exchange, sequence), ExchangeRetention.Period, cancellationToken);

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
