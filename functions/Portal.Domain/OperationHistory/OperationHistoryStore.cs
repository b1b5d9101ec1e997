using Microsoft.Azure.Cosmos;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.OperationHistory;

/// <summary>Appends and pages through 操作履歴. Append-only on purpose: there is no method to change or remove a record.</summary>
public sealed class OperationHistoryStore(PortalDatabase database, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    private DocumentStore<OperationRecord> Store => new(database.Container(PortalContainers.OperationHistory));

    public async Task<OperationRecord> AppendAsync(
        ResidentContext context, string operation, string? target, OperationOutcome outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var record = new OperationRecord($"{TimeKey(now)}-{Guid.NewGuid():N}", context.PrincipalId, context.ActorId,
            context.ClientId, operation, target, outcome, now);
        return (await Store.CreateAsync(record, cancellationToken)).Document;
    }

    /// <summary>
    /// Ids start with the UTC time in a fixed-width form, so ordering and time ranges are plain string comparisons on
    /// the id — exact, unlike comparing serialized timestamps.
    /// </summary>
    private static string TimeKey(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The principal's own records between two times, newest first, one page at a time.</summary>
    public Task<Page<OperationRecord>> ListAsync(
        string principalId, DateTimeOffset from, DateTimeOffset to, int pageSize, string? continuationToken,
        CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.residentId = @principal AND c.id >= @from AND c.id < @to ORDER BY c.id DESC")
            .WithParameter("@principal", principalId)
            .WithParameter("@from", TimeKey(from))
            .WithParameter("@to", TimeKey(to));
        return Store.QueryAsync(query, principalId, Math.Clamp(pageSize, 1, MaxPageSize), continuationToken, cancellationToken);
    }
}
