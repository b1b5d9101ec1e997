namespace Portal.Domain.Notices.Preferences;

/// <summary>Quiet hours as sent: "HH:mm" in Japan time.</summary>
public sealed record QuietHoursInput(string? Start, string? End);
