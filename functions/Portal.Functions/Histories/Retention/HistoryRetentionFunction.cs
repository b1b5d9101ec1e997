using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Histories.Retention;

namespace Portal.Functions.Histories.Retention;

/// <summary>Daily: delete 操作履歴 and やりとり履歴 entries older than 7 years (UTC 18:30 = 03:30 JST, after draft expiry).</summary>
public sealed class HistoryRetentionFunction(HistoryRetention retention)
{
    [Function("TrimHistories")]
    public Task Run([TimerTrigger("0 30 18 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        retention.RunAsync(cancellationToken);
}
