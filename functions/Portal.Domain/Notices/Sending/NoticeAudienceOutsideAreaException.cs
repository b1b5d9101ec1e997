using Portal.Domain.Errors;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// The request named an area other than the agency's own: an agency only ever reaches the residents of its own body
/// (answered 403, like any other act outside its authority). Nothing was stored.
/// </summary>
public sealed class NoticeAudienceOutsideAreaException(string named)
    : PortalException("A notice's audience named another body's area.")
{
    public string Named { get; } = named;
}
