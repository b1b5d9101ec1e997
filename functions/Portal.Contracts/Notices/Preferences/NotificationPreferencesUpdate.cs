namespace Portal.Contracts.Notices.Preferences;

/// <summary><c>PUT /api/me/notification-preferences</c>: the whole setting (every category's channels).</summary>
/// <param name="QuietHours">Null or absent: no quiet hours.</param>
public sealed record NotificationPreferencesUpdate(
    IReadOnlyDictionary<string, IReadOnlyList<string>?>? Channels, IReadOnlyList<string>? Interests, QuietHoursUpdate? QuietHours);
