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
}
