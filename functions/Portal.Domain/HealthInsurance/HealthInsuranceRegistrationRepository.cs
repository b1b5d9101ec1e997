using Portal.Domain.Storage;

namespace Portal.Domain.HealthInsurance;

/// <summary>The 利用登録 documents in <c>residents</c>: at most one per resident, under a fixed id.</summary>
public sealed class HealthInsuranceRegistrationRepository(PortalDatabase database)
{
    private DocumentStore<HealthInsuranceRegistration> Store => new(database.Container(PortalContainers.Residents));

    public Task<Stored<HealthInsuranceRegistration>?> ReadAsync(string residentId, CancellationToken cancellationToken) =>
        Store.ReadAsync(HealthInsuranceRegistration.DocumentId, residentId, cancellationToken);

    /// <exception cref="Errors.DuplicateDocumentException">One exists already (another request registered first).</exception>
    public Task<Stored<HealthInsuranceRegistration>> CreateAsync(HealthInsuranceRegistration registration, CancellationToken cancellationToken) =>
        Store.CreateAsync(registration, cancellationToken);

    public Task<bool> DeleteAsync(string residentId, CancellationToken cancellationToken) =>
        Store.DeleteAsync(HealthInsuranceRegistration.DocumentId, residentId, null, cancellationToken);
}
