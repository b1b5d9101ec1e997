using Microsoft.Extensions.Logging;
using Portal.Domain.Exchanges;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories.Retention;

/// <summary>
/// The daily retention sweep over both verifiable histories, 操作履歴 and やりとり履歴: entries older than
/// <see cref="ExchangeRetention.Period"/> (7 years, the window residents can ask for) are deleted, each chain keeping a
/// checkpoint and its newest entry, so every export still verifies. Running it again the same day changes nothing.
/// </summary>
public sealed class HistoryRetention(PortalDatabase database, TimeProvider clock, ILogger<HistoryRetention> logger)
{
    public async Task<HistoryRetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - ExchangeRetention.Period;
        var operations = await SweepAsync(OperationHistoryExport.History,
            new ChainRetention<OperationRecord>(database.Container(PortalContainers.OperationHistory)), cutoff, cancellationToken);
        var exchanges = await SweepAsync(ExchangeHistoryExport.History,
            new ChainRetention<ExchangeRecord>(database.Container(PortalContainers.ExchangeHistory)), cutoff, cancellationToken);
        return new HistoryRetentionResult(operations, exchanges);
    }

    private async Task<HistoryRetentionCount> SweepAsync<T>(
        string history, ChainRetention<T> retention, DateTimeOffset cutoff, CancellationToken cancellationToken)
        where T : IChainedEntry<T>
    {
        int residents = 0, failed = 0;
        long entries = 0;
        foreach (var (residentId, aged) in await retention.FindAgedAsync(cutoff, cancellationToken))
        {
            try
            {
                var deleted = await retention.TrimAsync(residentId, aged, cancellationToken);
                if (deleted > 0)
                {
                    residents++;
                    entries += deleted;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One chain's failure must not stop the sweep; the next run finds it again. No resident id in the log.
                failed++;
                logger.LogWarning(e, "History retention of {History} failed for one chain", history);
            }
        }
        logger.LogInformation("History retention of {History}: {Entries} entries deleted from {Residents} chains, {Failed} failed",
            history, entries, residents, failed);
        return new HistoryRetentionCount(residents, entries, failed);
    }
}
