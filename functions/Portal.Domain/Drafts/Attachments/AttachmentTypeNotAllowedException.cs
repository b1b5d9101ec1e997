using Portal.Domain.Errors;

namespace Portal.Domain.Drafts.Attachments;

/// <summary>The content is not a PDF, JPEG or PNG, whatever its name says (415); nothing of it is kept.</summary>
public sealed class AttachmentTypeNotAllowedException()
    : PortalException("The attachment is not a PDF, JPEG or PNG file.");
