using Portal.Domain.Notices;
using Portal.Domain.Notices.Preferences;
using Portal.Domain.Residents;

namespace Portal.Domain.Tests.Notices.Preferences;

public sealed class NotificationPreferencesValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, IReadOnlyList<string>?> Every(params string[] channels) =>
        NoticeCategories.All.ToDictionary(c => c, _ => (IReadOnlyList<string>?)channels);

    [Fact]
    public void A_whole_setting_is_kept_with_each_categorys_channels_once_in_a_fixed_order()
    {
        var channels = Every(NotificationChannels.Chat);
        channels[NoticeCategories.Tax] = ["chat", "email", "chat"];

        var saved = NotificationPreferencesValidator.Validate("acc-1",
            new NotificationPreferencesInput(channels, ["tax", "childcare"], new QuietHoursInput("22:30", "06:15")), Now);

        Assert.Equal(["email", "chat"], saved.Channels[NoticeCategories.Tax]);
        Assert.Equal(["childcare", "tax"], saved.Interests);
        Assert.Equal(new QuietHours(new TimeOnly(22, 30), new TimeOnly(6, 15)), saved.QuietHours);
        Assert.Equal(Now, saved.UpdatedAt);
    }

    public static TheoryData<string, NotificationPreferencesInput, string> Refused() => new()
    {
        { "no channels", new(null, [], null), "channels" },
        { "an unknown category", new(new Dictionary<string, IReadOnlyList<string>?>(Every()) { ["weather"] = [] }, [], null), "channels" },
        { "a category left out", new(Every().Where(c => c.Key != "tax").ToDictionary(), [], null), "channels.tax" },
        { "an unknown channel", new(new Dictionary<string, IReadOnlyList<string>?>(Every()) { ["tax"] = ["fax"] }, [], null), "channels.tax" },
        { "an interest in an unknown category", new(Every(), ["weather"], null), "interests" },
        { "a start that is not HH:mm", new(Every(), [], new QuietHoursInput("9pm", "08:00")), "quietHours.start" },
        { "an end past midnight's last minute", new(Every(), [], new QuietHoursInput("21:00", "24:00")), "quietHours.end" },
        { "an end equal to the start", new(Every(), [], new QuietHoursInput("21:00", "21:00")), "quietHours.end" },
        { "no end", new(Every(), [], new QuietHoursInput("21:00", null)), "quietHours.end" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_bad_setting_is_refused_naming_the_field(string why, NotificationPreferencesInput input, string field)
    {
        var refused = Assert.Throws<InvalidInputException>(() => NotificationPreferencesValidator.Validate("acc-1", input, Now));

        Assert.True(refused.Errors.Any(e => e.Field == field), why);
    }
}
