using Portal.Domain.Notices;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Notices.Preferences;

namespace Portal.Domain.Tests.Notices.Delivery;

public sealed class NoticeDeliveryPlanTests
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, Jst);
    private static readonly DateTimeOffset TenPm = new(2026, 12, 7, 22, 0, 0, Jst);

    private static Notice NoticeOf(string category = NoticeCategories.Health, string importance = NoticeImportance.Normal,
        NoticeAudience? audience = null) => new()
    {
        Id = "ntc-test", AudienceKey = "lg-131016", AgencyClientId = "agency", SenderName = "千代田区",
        Audience = audience ?? new NoticeAudience(NoticeAudienceKinds.Everyone, "131016"), Title = "お知らせ", Body = "本文",
        Category = category, Importance = importance, PublishAt = Noon.AddDays(-1), ExpiresAt = Noon.AddDays(30),
        CreatedAt = Noon.AddDays(-1), UpdatedAt = Noon.AddDays(-1), IdempotencyKeyHash = "h",
    };

    private static NotificationPreferences Saved(string id, IReadOnlyList<string> channels, QuietHours? quiet = null, params string[] interests) => new()
    {
        ResidentId = id, Channels = NoticeCategories.All.ToDictionary(c => c, _ => channels), Interests = interests, QuietHours = quiet,
        UpdatedAt = Noon,
    };

    private static NoticeRecipient Recipient(string id, bool emailNotifications = true) =>
        new(id, new DateOnly(1990, 4, 1), $"{id}@example.jp", emailNotifications);

    [Theory]
    [InlineData(new string[0], false, false)]
    [InlineData(new[] { "chat" }, true, false)]
    [InlineData(new[] { "email" }, false, true)]
    [InlineData(new[] { "email", "chat" }, true, true)]
    public void Each_resident_gets_the_channels_chosen_for_the_category(string[] channels, bool pushed, bool emailed)
    {
        var plan = NoticeDeliveryPlan.Make(NoticeOf(), [Recipient("a")],
            new Dictionary<string, NotificationPreferences> { ["a"] = Saved("a", channels) }, Noon, true);

        Assert.Equal(pushed, plan.Chat.Contains("a"));
        Assert.Equal(emailed, plan.Email.Any(r => r.AccountId == "a"));
        Assert.Equal(1, plan.Reached);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_resident_who_never_saved_is_pushed_and_emailed_as_their_registration_chose(bool emailNotifications, bool emailed)
    {
        var plan = NoticeDeliveryPlan.Make(NoticeOf(), [Recipient("a", emailNotifications)], new Dictionary<string, NotificationPreferences>(), Noon, true);

        Assert.Contains("a", plan.Chat);
        Assert.Equal(emailed, plan.Email.Count == 1);
    }

    [Fact]
    public void No_email_goes_to_a_resident_without_an_address()
    {
        var plan = NoticeDeliveryPlan.Make(NoticeOf(), [new NoticeRecipient("a", null, null, true)],
            new Dictionary<string, NotificationPreferences>(), Noon, true);

        Assert.Empty(plan.Email);
    }

    [Fact]
    public void A_normal_notice_in_quiet_hours_is_held_until_they_end_and_a_held_page_goes_out_whatever_the_hour()
    {
        var none = new Dictionary<string, NotificationPreferences>();

        var now = NoticeDeliveryPlan.Make(NoticeOf(), [Recipient("a")], none, TenPm, true);
        var later = NoticeDeliveryPlan.Make(NoticeOf(), [Recipient("a")], none, TenPm, false);

        Assert.Empty(now.Chat);
        Assert.Empty(now.Email);
        Assert.Equal(["a"], now.Held[new DateTimeOffset(2026, 12, 8, 8, 0, 0, Jst)]);
        Assert.Equal(["a"], later.Chat);
    }

    [Theory]
    [InlineData(NoticeCategories.Disaster, NoticeImportance.Important, false)]
    [InlineData(NoticeCategories.Disaster, NoticeImportance.Normal, true)]
    [InlineData(NoticeCategories.Health, NoticeImportance.Important, true)]
    public void Only_an_important_disaster_notice_ignores_quiet_hours(string category, string importance, bool held)
    {
        var plan = NoticeDeliveryPlan.Make(NoticeOf(category, importance), [Recipient("a")], new Dictionary<string, NotificationPreferences>(), TenPm, true);

        Assert.Equal(held, plan.Held.Count > 0);
        Assert.Equal(!held, plan.Chat.Contains("a"));
    }

    [Fact]
    public void Quiet_hours_turned_off_let_a_notice_out_at_night()
    {
        var plan = NoticeDeliveryPlan.Make(NoticeOf(), [Recipient("a")],
            new Dictionary<string, NotificationPreferences> { ["a"] = Saved("a", ["chat"]) }, TenPm, true);

        Assert.Equal(["a"], plan.Chat);
    }

    [Fact]
    public void A_segment_for_the_interested_reaches_only_residents_who_chose_its_category()
    {
        var notice = NoticeOf(audience: new NoticeAudience(NoticeAudienceKinds.Segment, "131016", InterestedOnly: true));
        var saved = new Dictionary<string, NotificationPreferences>
        {
            ["keen"] = Saved("keen", ["chat"], null, NoticeCategories.Health),
            ["other"] = Saved("other", ["chat"], null, NoticeCategories.Tax),
        };

        var plan = NoticeDeliveryPlan.Make(notice, [Recipient("keen"), Recipient("other"), Recipient("never-saved")], saved, Noon, true);

        Assert.Equal(["keen"], plan.Chat);
        Assert.Equal(1, plan.Reached);
    }
}
