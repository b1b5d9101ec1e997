namespace Portal.Domain.Errors;

/// <summary>A write carried an ETag that is no longer current: someone else changed the document first.</summary>
public sealed class ConcurrencyConflictException(string documentId, Exception? inner = null)
    : PortalException($"The document '{documentId}' was changed by another writer.", inner)
{
    public string DocumentId { get; } = documentId;
}
