using Portal.Domain.Errors;

namespace Portal.Domain.Notices.Sending;

/// <summary>A change to a notice that is no longer scheduled: residents may already have read it (answered 409).</summary>
public sealed class NoticeNotScheduledException(string noticeId, string state)
    : PortalException($"Notice '{noticeId}' is {state}, not scheduled.")
{
    public string NoticeId { get; } = noticeId;

    public string State { get; } = state;
}
