using Portal.Domain.Notices.Areas;

namespace Portal.Domain.Notices.Inbox;

/// <summary>
/// Whether a resident sees a notice: live, in one of their inbox's partitions, and for a segment, of the age at
/// publishing time and (when it asks) interested in its category. A segment never reaches a resident without a profile.
/// </summary>
public static class NoticeVisibility
{
    public static bool IsVisible(Notice notice, InboxResident resident, DateTimeOffset now) =>
        notice.IsLiveAt(now) && resident.AudienceKeys.Contains(notice.AudienceKey) && Reaches(notice, resident);

    private static bool Reaches(Notice notice, InboxResident resident) => notice.Audience.Kind switch
    {
        NoticeAudienceKinds.Everyone => true,
        NoticeAudienceKinds.Resident => notice.AudienceKey == AudienceKeys.Resident(resident.AccountId),
        NoticeAudienceKinds.Segment => InSegment(notice, resident),
        _ => false,
    };

    private static bool InSegment(Notice notice, InboxResident resident)
    {
        var segment = notice.Audience;
        if (resident.DateOfBirth is not { } born || (segment.InterestedOnly && !resident.Interests.Contains(notice.Category)))
        {
            return false;
        }
        var age = ResidentAge.At(born, notice.PublishAt);
        return (segment.MinAge is null || age >= segment.MinAge) && (segment.MaxAge is null || age <= segment.MaxAge);
    }
}
