using Portal.Domain.Errors;

namespace Portal.Domain.Notices.Attachments;

/// <summary>
/// A download link that is not ours, has expired, or whose notice the resident can no longer see (withdrawn, expired,
/// moved out of its area): one answer for all, so a link tells nothing about notices beyond what it granted.
/// </summary>
public sealed class NoticeAttachmentLinkInvalidException()
    : PortalException("The attachment link is invalid, expired, or its notice is no longer visible.");
