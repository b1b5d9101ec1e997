namespace Portal.Domain.Notices.Preferences;

/// <summary>What a resident sent to save, unchecked: as the request body held it.</summary>
/// <param name="QuietHours">Null: no quiet hours.</param>
public sealed record NotificationPreferencesInput(
    IReadOnlyDictionary<string, IReadOnlyList<string>?>? Channels, IReadOnlyList<string>? Interests, QuietHoursInput? QuietHours);
