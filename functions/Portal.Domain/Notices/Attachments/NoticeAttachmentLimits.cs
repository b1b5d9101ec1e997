namespace Portal.Domain.Notices.Attachments;

public static class NoticeAttachmentLimits
{
    /// <summary>5 MB per file (issue 15); one byte more is refused (413).</summary>
    public const long MaxBytes = 5L * 1024 * 1024;

    public const int MaxPerNotice = 5;

    /// <summary>A name residents read on a phone: shorter than a draft's (255).</summary>
    public const int MaxNameLength = 100;

    /// <summary>
    /// How long an upload no notice names may be referenced: the storage lifecycle rule deletes pending uploads a day
    /// after they were made, and a send refuses one older than this, so the answer never depends on when the rule ran.
    /// </summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromDays(1);
}
