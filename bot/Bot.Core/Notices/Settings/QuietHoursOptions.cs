namespace Bot.Core.Notices.Settings;

/// <summary>
/// The few quiet hours offered in the chat, the portal's default (21:00–08:00) first; typing times is harder on a phone
/// than choosing, and these cover evenings and early mornings. A window set elsewhere is shown as it is.
/// </summary>
public static class QuietHoursOptions
{
    /// <summary>The argument that turns quiet hours off.</summary>
    public const string Off = "off";

    public static IReadOnlyList<QuietHoursOption> All { get; } =
    [
        new("2100-0800", "21:00", "08:00"),
        new("2200-0700", "22:00", "07:00"),
        new("2300-0600", "23:00", "06:00"),
        new("2000-0900", "20:00", "09:00"),
    ];

    public static QuietHoursOption? Find(string id) => All.FirstOrDefault(o => o.Id == id);
}
