using Microsoft.Extensions.Logging;

namespace Portal.Domain.Exchanges;

/// <summary>
/// Writes what <see cref="ExchangeOutbox"/> carries: each agency's log entry, then the resident's chained entry. Every
/// write is once per exchange id (the logs' by the entry id, the chain's by a claim), so a delivery that failed half
/// way is simply delivered again, and two deliveries running at once write each record once.
/// </summary>
public sealed class ExchangeRecordWriter(ExchangeHistoryStore history, AgencyExchangeLog logs, ILogger<ExchangeRecordWriter> logger)
{
    public async Task WriteAsync(ExchangeEvent exchange, CancellationToken cancellationToken)
    {
        await logs.WriteOnceAsync(AgencyExchangeLogEntry.Of(exchange, AgencyExchangeLogEntry.RequesterSide, ExchangeRetention.Period), cancellationToken);
        if (exchange.Provider is not null)
        {
            await logs.WriteOnceAsync(AgencyExchangeLogEntry.Of(exchange, AgencyExchangeLogEntry.ProviderSide, ExchangeRetention.Period), cancellationToken);
        }
        await history.AppendOnceAsync(exchange, cancellationToken);
        logger.LogInformation("Exchange {ExchangeId} of kind {Kind} recorded ({Outcome})", exchange.Id, exchange.Kind, exchange.Outcome);
    }
}
