namespace Portal.Contracts.Notices.Preferences;

/// <summary>通知を控える時間帯: "HH:mm" in Japan time; may cross midnight.</summary>
public sealed record QuietHoursView(string Start, string End);
