using Portal.Contracts.Histories;
using Portal.Domain.Histories;
using Portal.Domain.Residents;

namespace Portal.Domain.Exchanges;

/// <summary>やりとり履歴 as the resident can keep and verify it (the same exporter and history keys as 操作履歴).</summary>
public sealed class ExchangeHistoryExport(ExchangeHistoryStore store, HistoryExporter exporter)
{
    public const string History = "exchanges";

    /// <remarks>The chain existed from the first exchange record, so nothing comes before it.</remarks>
    public Task<HistoryExport> ExportAsync(ResidentContext resident, CancellationToken cancellationToken) =>
        exporter.ExportAsync<ExchangeRecord>(History, resident.PrincipalId, store.Chain, [], cancellationToken);
}
