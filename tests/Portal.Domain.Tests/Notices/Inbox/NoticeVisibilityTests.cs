using Portal.Domain.Notices;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Inbox;

namespace Portal.Domain.Tests.Notices.Inbox;

public sealed class NoticeVisibilityTests
{
    /// <summary>Published at 00:30 JST on 1 April 2026 (still 31 March in UTC): ages are taken on the Japanese day.</summary>
    private static readonly DateTimeOffset Published = new(2026, 4, 1, 0, 30, 0, TimeSpan.FromHours(9));

    private static readonly AreaChain Chuo = new("011011", [AudienceKeys.Area("011011"), AudienceKeys.Area("011002"), AudienceKeys.Area("010006"), AudienceKeys.National]);

    /// <summary>Born on, the day before or after the publishing day; a 29 February birthday in a year without one.</summary>
    [Theory]
    [InlineData("1990-04-01", 36, null, true)]
    [InlineData("1990-04-02", 36, null, false)]
    [InlineData("1990-03-31", 36, null, true)]
    [InlineData("1990-04-01", null, 35, false)]
    [InlineData("1990-04-02", null, 35, true)]
    [InlineData("1990-04-01", 36, 36, true)]
    [InlineData("2010-04-02", 6, 15, true)]
    [InlineData("2010-04-01", 6, 15, false)]
    [InlineData("2020-04-02", 6, 15, false)]
    [InlineData("1988-02-29", 38, null, true)]
    public void A_segment_reaches_residents_by_their_age_on_the_publishing_day_in_japan(string born, int? min, int? max, bool reached)
    {
        var notice = Segment(new NoticeAudience(NoticeAudienceKinds.Segment, MinAge: min, MaxAge: max));

        Assert.Equal(reached, NoticeVisibility.IsVisible(notice, Resident(DateOnly.Parse(born)), Published.AddDays(1)));
    }

    [Theory]
    [InlineData("2026-02-28", 37)]
    [InlineData("2026-03-01", 38)]
    [InlineData("2028-02-29", 40)]
    public void A_29_february_birthday_turns_on_1_march_in_other_years(string day, int age)
    {
        Assert.Equal(age, ResidentAge.On(new DateOnly(1988, 2, 29), DateOnly.Parse(day)));
    }

    [Fact]
    public void A_segment_never_reaches_a_resident_without_a_date_of_birth_or_the_uninterested()
    {
        var anyAge = Segment(new NoticeAudience(NoticeAudienceKinds.Segment));
        var interested = Segment(new NoticeAudience(NoticeAudienceKinds.Segment, InterestedOnly: true));
        var now = Published.AddDays(1);

        Assert.False(NoticeVisibility.IsVisible(anyAge, Resident(null), now));
        Assert.True(NoticeVisibility.IsVisible(anyAge, Resident(new DateOnly(1990, 1, 1)), now));
        Assert.False(NoticeVisibility.IsVisible(interested, Resident(new DateOnly(1990, 1, 1)), now));
        Assert.True(NoticeVisibility.IsVisible(interested, Resident(new DateOnly(1990, 1, 1), NoticeCategories.Health), now));
    }

    [Fact]
    public void Another_residents_personal_notice_and_another_areas_notice_are_not_visible()
    {
        var now = Published.AddDays(1);
        var stranger = Segment(new NoticeAudience(NoticeAudienceKinds.Resident)) with { AudienceKey = AudienceKeys.Resident("acc-other") };
        var kita = Segment(new NoticeAudience(NoticeAudienceKinds.Everyone)) with { AudienceKey = AudienceKeys.Area("011029") };
        var own = stranger with { AudienceKey = AudienceKeys.Resident("acc-me") };

        Assert.False(NoticeVisibility.IsVisible(stranger, Resident(null), now));
        Assert.False(NoticeVisibility.IsVisible(kita, Resident(null), now));
        Assert.True(NoticeVisibility.IsVisible(own, Resident(null), now));
    }

    private static InboxResident Resident(DateOnly? born, params string[] interests) =>
        new("acc-me", Chuo, born, interests.ToHashSet());

    private static Notice Segment(NoticeAudience audience) => new()
    {
        Id = NoticeIdentifiers.NewNoticeId(),
        AudienceKey = AudienceKeys.Area("011002"),
        AgencyClientId = "agency",
        SenderName = "札幌市",
        Audience = audience,
        Title = "t",
        Body = "b",
        Category = NoticeCategories.Health,
        Importance = NoticeImportance.Normal,
        PublishAt = Published,
        ExpiresAt = Published.AddDays(30),
        CreatedAt = Published,
        UpdatedAt = Published,
        IdempotencyKeyHash = "h",
    };
}
