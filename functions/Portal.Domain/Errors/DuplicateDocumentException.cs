namespace Portal.Domain.Errors;

/// <summary>A create found a document with the same id (or unique key) already there.</summary>
public sealed class DuplicateDocumentException(string documentId, Exception? inner = null)
    : PortalException($"The document '{documentId}' already exists.", inner)
{
    public string DocumentId { get; } = documentId;
}
