namespace Portal.Contracts.Accounts;

/// <summary><c>PATCH /api/me/settings</c>.</summary>
public sealed record SettingsUpdate(bool? NotificationsEnabled);
