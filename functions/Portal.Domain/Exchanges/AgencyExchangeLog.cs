using Microsoft.Azure.Cosmos;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Exchanges;

/// <summary>Each agency's own exchange log in <c>agencyExchangeLogs</c>; an agency only ever reads its own partition.</summary>
public sealed class AgencyExchangeLog(PortalDatabase database)
{
    public const int MaxPageSize = 100;

    private DocumentStore<AgencyExchangeLogEntry> Store => new(database.Container(PortalContainers.AgencyExchangeLogs));

    /// <summary>Creates the entry if absent: a redelivered exchange finds its entry written and leaves it.</summary>
    public async Task WriteOnceAsync(AgencyExchangeLogEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await Store.CreateAsync(entry, cancellationToken);
        }
        catch (DuplicateDocumentException)
        {
        }
    }

    /// <summary>The body's entries, newest first (ids are time-led), one page at a time.</summary>
    public Task<Page<AgencyExchangeLogEntry>> ListAsync(string body, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.bodyCode = @body ORDER BY c.id DESC").WithParameter("@body", body);
        return Store.QueryAsync(query, body, Math.Clamp(pageSize, 1, MaxPageSize), continuationToken, cancellationToken);
    }
}
