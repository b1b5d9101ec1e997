namespace Portal.Contracts.Notices.Preferences;

/// <summary><c>GET|PUT /api/me/notification-preferences</c>: 通知設定.</summary>
/// <param name="Channels">Per category, the channels besides the inbox ("email", "chat"); empty = the portal only.</param>
/// <param name="Interests">Categories chosen as interests (segment notices for the interested).</param>
/// <param name="QuietHours">Japan time; null when off.</param>
/// <param name="Saved">False for the defaults (from the registration's メール通知) of a resident who never saved.</param>
public sealed record NotificationPreferencesView(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Channels, IReadOnlyList<string> Interests, QuietHoursView? QuietHours, bool Saved);
