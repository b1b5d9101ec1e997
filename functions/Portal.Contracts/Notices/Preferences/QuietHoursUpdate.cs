namespace Portal.Contracts.Notices.Preferences;

/// <summary>Quiet hours as sent: "HH:mm" in Japan time, unchecked.</summary>
public sealed record QuietHoursUpdate(string? Start, string? End);
