using Portal.Domain.Errors;

namespace Portal.Domain.Notices.Sending;

/// <summary>A notice an agency sent or changed is refused, naming every bad field at once; nothing was stored.</summary>
public sealed class NoticeInvalidException(IReadOnlyList<NoticeError> errors)
    : PortalException($"Invalid notice: {string.Join(", ", errors.Select(e => $"{e.Field} {e.Code}"))}.")
{
    public IReadOnlyList<NoticeError> Errors { get; } = errors;
}
