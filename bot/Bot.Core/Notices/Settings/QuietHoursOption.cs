namespace Bot.Core.Notices.Settings;

/// <summary>One quiet-hours choice: its action argument ("2100-0800") and the portal's "HH:mm" times (Japan time).</summary>
public sealed record QuietHoursOption(string Id, string Start, string End);
