using Portal.Domain.Notices;

namespace Portal.Functions.Tests.Notices.Preferences;

/// <summary>PUT /api/me/notification-preferences bodies, valid unless a test changes a part.</summary>
public static class PreferenceBodies
{
    public static Dictionary<string, object?> Channels(params string[] channels) =>
        NoticeCategories.All.ToDictionary(c => c, _ => (object?)channels);

    public static Dictionary<string, object?> Of(
        Dictionary<string, object?>? channels = null, string[]? interests = null, object? quietHours = null, bool quietOff = false) => new()
    {
        ["channels"] = channels ?? Channels("email", "chat"),
        ["interests"] = interests ?? [],
        ["quietHours"] = quietOff ? null : quietHours ?? new { start = "21:00", end = "08:00" },
    };
}
