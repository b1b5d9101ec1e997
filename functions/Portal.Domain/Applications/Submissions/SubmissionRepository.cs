using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Submissions;

/// <summary>Submissions in <c>submissions</c>, always within the resident's partition.</summary>
public sealed class SubmissionRepository(PortalDatabase database)
{
    private DocumentStore<Submission> Store => new(database.Container(PortalContainers.Submissions));

    /// <exception cref="Errors.DuplicateDocumentException">A submission with that id (the same key) exists.</exception>
    public Task<Stored<Submission>> CreateAsync(Submission submission, CancellationToken cancellationToken) =>
        Store.CreateAsync(submission, cancellationToken);

    public Task<Stored<Submission>?> ReadAsync(string residentId, string id, CancellationToken cancellationToken) =>
        Store.ReadAsync(id, residentId, cancellationToken);

    /// <exception cref="Errors.ConcurrencyConflictException">Changed since <paramref name="ifMatch"/> was read.</exception>
    public Task<Stored<Submission>> ReplaceAsync(Submission submission, string ifMatch, CancellationToken cancellationToken) =>
        Store.ReplaceAsync(submission, ifMatch, cancellationToken);
}
