using Portal.Contracts.Notices.Preferences;

namespace Bot.Core.Notices.Settings;

/// <summary>The resident's 通知設定 as read, with its ETag (null for defaults never saved) for If-Match on the next save.</summary>
public sealed record StoredPreferences(NotificationPreferencesView View, string? ETag);
