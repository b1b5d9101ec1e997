using Microsoft.Azure.Functions.Worker;
using Portal.Domain.Histories.Trees;

namespace Portal.Functions.Histories;

/// <summary>Daily: the signed tree over every resident's history heads (UTC 15:05 = 00:05 JST, the day just begun).</summary>
public sealed class HistoryTreeFunction(DailyHistoryTree tree)
{
    [Function("BuildHistoryTree")]
    public Task Run([TimerTrigger("0 5 15 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        tree.RunAsync(cancellationToken);
}
