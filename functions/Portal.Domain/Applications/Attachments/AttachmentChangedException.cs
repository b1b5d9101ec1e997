using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Attachments;

/// <summary>A draft's file no longer hashes to what the document to be signed names: it changed underneath.</summary>
public sealed class AttachmentChangedException(int index)
    : PortalException($"Attachment {index} changed after the document was built.")
{
    public int Index { get; } = index;
}
