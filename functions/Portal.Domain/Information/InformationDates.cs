using System.Globalization;
using Portal.Contracts.Errors;
using Portal.Domain.Residents;

namespace Portal.Domain.Information;

/// <summary>
/// Days of わたしの情報 (validity, 確認対象日, a period): yyyy-MM-dd, from 1900-01-01 to 2099-12-31 (what any record
/// of a living resident can need), and "today" in Japan, where the portal's residents are.
/// </summary>
public static class InformationDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static DateOnly TodayInJapan(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(JapanOffset).DateTime);

    /// <summary>The day <paramref name="text"/> names, or null with the reason added to <paramref name="errors"/>.</summary>
    public static DateOnly? Parse(string text, string field, List<FieldError> errors)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(new FieldError(field, FieldErrorCodes.InvalidDate));
            return null;
        }
        if (day < Earliest || day > Latest)
        {
            errors.Add(new FieldError(field, FieldErrorCodes.DateOutOfRange));
            return null;
        }
        return day;
    }
}
