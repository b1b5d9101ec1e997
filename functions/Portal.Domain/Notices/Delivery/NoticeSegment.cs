namespace Portal.Domain.Notices.Delivery;

/// <summary>Whether a recipient of the area is in a notice's segment (everyone is in an everyone notice).</summary>
public static class NoticeSegment
{
    /// <summary>Ages are taken at the notice's publishing time, in Japan's calendar (a birthday counts from its day).</summary>
    public static bool Includes(Notice notice, NoticeRecipient recipient)
    {
        var audience = notice.Audience;
        if (audience.Kind != NoticeAudienceKinds.Segment)
        {
            return true;
        }
        // Interests are not chosen anywhere yet: an interested-only segment reaches nobody rather than everybody.
        if (audience.InterestedOnly)
        {
            return false;
        }
        if (recipient.DateOfBirth is not { } born)
        {
            return audience.MinAge is null && audience.MaxAge is null;
        }
        var age = AgeOn(born, DateOnly.FromDateTime(notice.PublishAt.ToOffset(TimeSpan.FromHours(9)).DateTime));
        return (audience.MinAge is not { } min || age >= min) && (audience.MaxAge is not { } max || age <= max);
    }

    public static int AgeOn(DateOnly born, DateOnly day)
    {
        var age = day.Year - born.Year;
        return day.Month < born.Month || (day.Month == born.Month && day.Day < born.Day) ? age - 1 : age;
    }
}
