using Portal.Contracts.Histories;
using Portal.Domain.Histories;
using Portal.Domain.Residents;

namespace Portal.Domain.OperationHistory;

/// <summary>
/// 操作履歴 as the principal can keep and verify it. Records written before the chain existed are exported apart, as
/// "before the chain": shown, not covered by any hash — the chain starts at the first record written after it.
/// </summary>
public sealed class OperationHistoryExport(OperationHistoryStore store, HistoryExporter exporter)
{
    public const string History = "operations";

    public async Task<HistoryExport> ExportAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var beforeChain = await store.ListBeforeChainAsync(resident.PrincipalId, cancellationToken);
        return await exporter.ExportAsync(History, resident.PrincipalId, store.Chain, beforeChain, cancellationToken);
    }
}
