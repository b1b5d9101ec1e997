using Portal.Domain.Storage;

namespace Portal.Domain.Applications;

/// <summary>The part of the applications container the receipt numbering needs: create only if the id is free.</summary>
public interface IApplicationStore
{
    /// <exception cref="Errors.DuplicateDocumentException">An application with that id exists in that partition.</exception>
    Task<Stored<Application>> CreateAsync(Application application, CancellationToken cancellationToken);
}
