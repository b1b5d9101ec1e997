using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Exchanges;

namespace Portal.Functions.Exchanges;

/// <summary>
/// Writes what <see cref="ExchangeOutbox"/> queued. A failure throws, so the host delivers it again (each write is
/// once per exchange) and finally parks it as poison.
/// </summary>
public sealed class ExchangeOutboxFunctions(ExchangeRecordWriter writer)
{
    [Function("WriteExchangeRecord")]
    public Task Write(
        [QueueTrigger("%" + ExchangeOutbox.QueueSetting + "%", Connection = "AzureWebJobsStorage")] ExchangeEvent exchange,
        CancellationToken cancellationToken) =>
        writer.WriteAsync(exchange, cancellationToken);
}
