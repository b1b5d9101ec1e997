using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Information.Records;

/// <summary><see cref="InformationRecord"/>s in <see cref="PortalContainers.Residents"/>, in the partition of the resident.</summary>
public sealed class InformationRecordRepository(PortalDatabase database)
{
    private const int PageSize = 200;

    private readonly DocumentStore<InformationRecord> _store = new(database.Container(PortalContainers.Residents));

    /// <summary>The highest version of one record of one body, or null when it has none.</summary>
    public async Task<Stored<InformationRecord>?> LatestAsync(
        string accountId, string body, string category, string recordId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.body = @body AND c.category = @category"
                + " AND c.recordId = @record ORDER BY c.version DESC")
            .WithParameter("@type", InformationRecord.DocumentType).WithParameter("@body", body)
            .WithParameter("@category", category).WithParameter("@record", recordId);
        var latest = (await _store.QueryAsync(query, accountId, 1, null, cancellationToken)).Items.FirstOrDefault();
        // The query gives no ETag: the point read does, for the replace that marks it superseded.
        return latest is null ? null : await _store.ReadAsync(latest.Id, accountId, cancellationToken);
    }

    /// <exception cref="Errors.DuplicateDocumentException">That version exists: a concurrent correction took the number.</exception>
    public async Task<InformationRecord> CreateAsync(InformationRecord record, CancellationToken cancellationToken) =>
        (await _store.CreateAsync(record, cancellationToken)).Document;

    /// <summary>Marks a version replaced by a newer one. Only the writer of the next version does, so a lost race means it is done.</summary>
    public Task MarkSupersededAsync(Stored<InformationRecord> replaced, DateTimeOffset at, CancellationToken cancellationToken) =>
        _store.TryReplaceAsync(replaced.Document with { Current = false, SupersededAt = at }, replaced.ETag, cancellationToken);

    /// <summary>Every version of every record of one body in one category about one resident, superseded ones included.</summary>
    public Task<IReadOnlyList<InformationRecord>> ListOfBodyAsync(string accountId, string body, string category, CancellationToken cancellationToken) =>
        AllAsync(new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.body = @body AND c.category = @category")
            .WithParameter("@type", InformationRecord.DocumentType).WithParameter("@body", body).WithParameter("@category", category),
            accountId, cancellationToken);

    /// <summary>
    /// The current version of each record about the resident, of one category or all, valid on some day from
    /// <paramref name="from"/> to <paramref name="to"/>: the store drops the other years, not the service. (While a
    /// correction is being written both versions are current for a moment; one that moved its days out of the range
    /// then leaves the older one alone in it, as a read a moment earlier would have.)
    /// </summary>
    public Task<IReadOnlyList<InformationRecord>> CurrentAsync(
        string accountId, string? category, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        AllAsync(Overlapping("SELECT * FROM c WHERE c.type = @type AND c.current = true", category, from, to), accountId, cancellationToken);

    /// <summary>
    /// Every version of every record about the resident, of one category or all, superseded ones included. Not narrowed
    /// by validity: a correction may move a record's days, and the version that wins must be seen to win.
    /// </summary>
    public Task<IReadOnlyList<InformationRecord>> VersionsAsync(string accountId, string? category, CancellationToken cancellationToken) =>
        AllAsync(new QueryDefinition("SELECT * FROM c WHERE c.type = @type" + (category is null ? "" : " AND c.category = @category"))
            .WithParameter("@type", InformationRecord.DocumentType).WithParameter("@category", category), accountId, cancellationToken);

    /// <summary>Days are stored as yyyy-MM-dd, so text order is day order; an open end has no validTo (or null).</summary>
    private static QueryDefinition Overlapping(string select, string? category, DateOnly from, DateOnly to) =>
        new QueryDefinition(select + (category is null ? "" : " AND c.category = @category")
                + " AND c.validFrom <= @to AND (NOT IS_DEFINED(c.validTo) OR IS_NULL(c.validTo) OR c.validTo >= @from)")
            .WithParameter("@type", InformationRecord.DocumentType).WithParameter("@category", category)
            .WithParameter("@from", Day(from)).WithParameter("@to", Day(to));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<InformationRecord>> AllAsync(QueryDefinition query, string accountId, CancellationToken cancellationToken)
    {
        var records = new List<InformationRecord>();
        string? continuation = null;
        do
        {
            var page = await _store.QueryAsync(query, accountId, PageSize, continuation, cancellationToken);
            records.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return records;
    }
}
