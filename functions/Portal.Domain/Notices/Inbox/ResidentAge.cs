namespace Portal.Domain.Notices.Inbox;

/// <summary>
/// Age in full years (満年齢) on a day in Japan. One turns an age on the birthday (legally at the end of the day
/// before, which is the same instant); a 29 February birthday turns on 1 March in other years, as the law has it.
/// </summary>
public static class ResidentAge
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static int On(DateOnly dateOfBirth, DateOnly day)
    {
        var age = day.Year - dateOfBirth.Year;
        return (day.Month, day.Day).CompareTo((dateOfBirth.Month, dateOfBirth.Day)) < 0 ? age - 1 : age;
    }

    /// <summary>The age on the Japanese calendar day of <paramref name="instant"/>.</summary>
    public static int At(DateOnly dateOfBirth, DateTimeOffset instant) =>
        On(dateOfBirth, DateOnly.FromDateTime(instant.ToOffset(JapanOffset).DateTime));
}
