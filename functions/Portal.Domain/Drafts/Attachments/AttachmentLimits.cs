namespace Portal.Domain.Drafts.Attachments;

public static class AttachmentLimits
{
    /// <summary>10 MB per file; one byte more is refused (413).</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    public const int MaxNameLength = 255;
}
