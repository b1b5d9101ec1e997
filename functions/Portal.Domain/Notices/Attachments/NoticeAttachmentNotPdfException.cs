using Portal.Domain.Errors;

namespace Portal.Domain.Notices.Attachments;

/// <summary>The upload is not a PDF by its first bytes, whatever its name or Content-Type say (415); nothing is kept.</summary>
public sealed class NoticeAttachmentNotPdfException()
    : PortalException("A notice attachment must be a PDF file.");
