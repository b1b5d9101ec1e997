using System.Globalization;
using Portal.Contracts.Notices.Preferences;
using Portal.Domain.Notices.Preferences;

namespace Portal.Functions.Notices.Preferences;

internal static class NotificationPreferencesViews
{
    public static NotificationPreferencesView View(NotificationPreferences preferences) => new(
        preferences.Channels, preferences.Interests,
        preferences.QuietHours is { } quiet ? new QuietHoursView(Time(quiet.Start), Time(quiet.End)) : null,
        preferences.UpdatedAt is not null);

    public static NotificationPreferencesInput Input(NotificationPreferencesUpdate body) => new(
        body.Channels, body.Interests, body.QuietHours is { } quiet ? new QuietHoursInput(quiet.Start, quiet.End) : null);

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
