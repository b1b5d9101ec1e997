using System.Globalization;
using Microsoft.Azure.Cosmos;
using Portal.Domain.Applications.Status;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications;

/// <summary>Applications in <c>applications</c>, partitioned by the receiving local government.</summary>
public sealed class ApplicationRepository(PortalDatabase database)
{
    private readonly DocumentStore<Application> _store = new(database.Container(PortalContainers.Applications));

    public Task<Stored<Application>> CreateAsync(Application application, CancellationToken cancellationToken) =>
        _store.CreateAsync(application, cancellationToken);

    public Task<Stored<Application>?> ReadAsync(string localGovernmentCode, string receiptNumber, CancellationToken cancellationToken) =>
        _store.ReadAsync(receiptNumber, localGovernmentCode, cancellationToken);

    /// <exception cref="Errors.ConcurrencyConflictException">Changed since <paramref name="ifMatch"/> was read.</exception>
    public Task<Stored<Application>> ReplaceAsync(Application application, string ifMatch, CancellationToken cancellationToken) =>
        _store.ReplaceAsync(application, ifMatch, cancellationToken);

    /// <summary>A resident's applications in every receiving body, newest first (a cross-partition query by resident).</summary>
    /// <exception cref="Errors.InvalidContinuationException">The store refused <paramref name="continuation"/>.</exception>
    public Task<Page<Application>> ListOfResidentAsync(
        string residentId, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.residentId = @resident AND c.type = @type ORDER BY c.createdAt DESC")
            .WithParameter("@resident", residentId)
            .WithParameter("@type", Application.DocumentType);
        return _store.QueryAsync(query, null, pageSize, continuation, cancellationToken);
    }

    /// <summary>
    /// A resident's applications still in progress (not completed, rejected or withdrawn), newest first, at most
    /// <paramref name="max"/>: only the few fields a list shows, never the revisions (their documents and signatures
    /// are most of an application's size).
    /// </summary>
    public async Task<IReadOnlyList<ApplicationInProgress>> InProgressOfResidentAsync(
        string residentId, int max, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT c.id, c.localGovernmentCode, c.procedureId, c.status, c.createdAt FROM c WHERE c.residentId = @resident"
                + " AND c.type = @type AND c.status != @completed AND c.status != @rejected AND c.status != @withdrawn"
                + " ORDER BY c.createdAt DESC")
            .WithParameter("@resident", residentId)
            .WithParameter("@type", Application.DocumentType)
            .WithParameter("@completed", nameof(ApplicationStatus.Completed))
            .WithParameter("@rejected", nameof(ApplicationStatus.Rejected))
            .WithParameter("@withdrawn", nameof(ApplicationStatus.Withdrawn));
        var found = new List<ApplicationInProgress>();
        using var iterator = database.Container(PortalContainers.Applications).GetItemQueryIterator<ApplicationInProgress>(
            query, null, new QueryRequestOptions { MaxItemCount = max });
        while (iterator.HasMoreResults && found.Count < max)
        {
            found.AddRange(await iterator.ReadNextAsync(cancellationToken));
        }
        return [.. found.Take(max)];
    }

    /// <summary>
    /// What one body received, oldest first (a work queue), optionally of one status and submitted in
    /// [<paramref name="from"/>, <paramref name="until"/>); only ever that body's partition.
    /// </summary>
    /// <exception cref="Errors.InvalidContinuationException">The store refused <paramref name="continuation"/>.</exception>
    public Task<Page<Application>> ListReceivedAsync(string localGovernmentCode, ApplicationStatus? status,
        DateTimeOffset? from, DateTimeOffset? until, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var sql = "SELECT * FROM c WHERE c.type = @type";
        var parameters = new List<(string, object)> { ("@type", Application.DocumentType) };
        if (status is { } wanted)
        {
            sql += " AND c.status = @status";
            parameters.Add(("@status", wanted.ToString()));
        }
        if (from is { } first)
        {
            sql += " AND c.createdAt >= @from";
            parameters.Add(("@from", StoredTime(first)));
        }
        if (until is { } last)
        {
            sql += " AND c.createdAt < @to";
            parameters.Add(("@to", StoredTime(last)));
        }
        var query = new QueryDefinition(sql + " ORDER BY c.createdAt ASC");
        foreach (var (name, value) in parameters)
        {
            query = query.WithParameter(name, value);
        }
        return _store.QueryAsync(query, localGovernmentCode, pageSize, continuation, cancellationToken);
    }

    /// <summary>
    /// A time as documents store it (UTC, "+00:00", as System.Text.Json writes a zero offset), so that string order is
    /// time order: "…:00+00:00" sorts before "…:00.5+00:00" because '+' precedes '.'.
    /// </summary>
    private static string StoredTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";
}
