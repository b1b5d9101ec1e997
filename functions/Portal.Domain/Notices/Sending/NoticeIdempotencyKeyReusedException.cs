using Portal.Domain.Errors;

namespace Portal.Domain.Notices.Sending;

/// <summary>The agency used the Idempotency-Key before for a notice with other content (answered 422).</summary>
public sealed class NoticeIdempotencyKeyReusedException(string noticeId) : PortalException("The Idempotency-Key was used for another notice.")
{
    public string NoticeId { get; } = noticeId;
}
