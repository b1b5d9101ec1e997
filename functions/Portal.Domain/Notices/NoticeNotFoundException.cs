using Portal.Domain.Errors;

namespace Portal.Domain.Notices;

/// <summary>
/// No notice with that id that the caller may see: a resident's id outside their area or another's personal notice,
/// and an agency's id of another agency's notice, are answered the same way (404).
/// </summary>
public sealed class NoticeNotFoundException(string noticeId)
    : PortalException($"No notice '{noticeId}' for this caller.")
{
    public string NoticeId { get; } = noticeId;
}
