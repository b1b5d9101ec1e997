using Portal.Domain.Applications.Canonical;

namespace Portal.Domain.Applications.Submissions;

/// <summary>A draft's file as the document names it, with the draft attachment it is copied from when stored.</summary>
public sealed record SubmissionAttachment(string DraftAttachmentId, string Name, string ContentType, long Size, string Sha256)
{
    public AttachmentReference Reference => new(Name, ContentType, Size, Sha256);
}
