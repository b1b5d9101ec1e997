using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Agencies;

/// <summary>The application has no such revision or no attachment at that position.</summary>
public sealed class ApplicationAttachmentNotFoundException(int revision, int index)
    : PortalException($"No attachment {index} in revision {revision}.")
{
    public int Revision { get; } = revision;

    public int Index { get; } = index;
}
