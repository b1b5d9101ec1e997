using Portal.Domain.Errors;

namespace Portal.Domain.Drafts.Attachments;

/// <summary>The file is over <see cref="AttachmentLimits.MaxBytes"/> (413); nothing of it is kept.</summary>
public sealed class AttachmentTooLargeException(long limitBytes)
    : PortalException($"The attachment exceeds {limitBytes} bytes.")
{
    public long LimitBytes { get; } = limitBytes;
}
