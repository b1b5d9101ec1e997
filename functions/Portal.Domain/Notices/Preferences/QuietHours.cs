namespace Portal.Domain.Notices.Preferences;

/// <summary>
/// 通知を控える時間帯, in Japan time: a normal notice published inside it is pushed and e-mailed when it ends. The window
/// may cross midnight (21:00–08:00). Start and end differ, so it is never empty nor the whole day.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static QuietHours Default { get; } = new(new TimeOnly(21, 0), new TimeOnly(8, 0));

    public bool Contains(DateTimeOffset at)
    {
        var time = TimeOnly.FromTimeSpan(at.ToOffset(Jst).TimeOfDay);
        return Start < End ? time >= Start && time < End : time >= Start || time < End;
    }

    /// <summary>The first end of the window after <paramref name="at"/> (when a notice held at that time goes out).</summary>
    public DateTimeOffset EndAfter(DateTimeOffset at)
    {
        var local = at.ToOffset(Jst);
        var end = new DateTimeOffset(local.Date + End.ToTimeSpan(), Jst);
        return end > local ? end : end.AddDays(1);
    }
}
