using System.Globalization;
using Portal.Contracts.Errors;
using Portal.Domain.Residents;

namespace Portal.Domain.Notices.Preferences;

/// <summary>
/// Checks a whole 通知設定 before anything is stored: every category named once with known channels, interests of
/// known categories, quiet hours as two different "HH:mm" times. Every bad field is reported at once.
/// </summary>
public static class NotificationPreferencesValidator
{
    /// <exception cref="InvalidInputException">Anything refused.</exception>
    public static NotificationPreferences Validate(string residentId, NotificationPreferencesInput input, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var channels = Channels(input.Channels, errors);
        var interests = Interests(input.Interests, errors);
        var quiet = input.QuietHours is null ? null : Quiet(input.QuietHours, errors);
        InvalidInputException.ThrowIfAny(errors);
        return new NotificationPreferences
        {
            ResidentId = residentId, Channels = channels, Interests = interests, QuietHours = quiet, UpdatedAt = now,
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> Channels(
        IReadOnlyDictionary<string, IReadOnlyList<string>?>? sent, List<FieldError> errors)
    {
        if (sent is null)
        {
            errors.Add(new FieldError("channels", FieldErrorCodes.Required));
            return [];
        }
        if (sent.Keys.Any(k => !NoticeCategories.All.Contains(k)))
        {
            errors.Add(new FieldError("channels", FieldErrorCodes.UnknownCategory));
        }
        var channels = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var category in NoticeCategories.All)
        {
            var field = $"channels.{category}";
            if (sent.GetValueOrDefault(category) is not { } chosen)
            {
                errors.Add(new FieldError(field, FieldErrorCodes.Required));
            }
            else if (chosen.Any(c => !NotificationChannels.All.Contains(c)))
            {
                errors.Add(new FieldError(field, FieldErrorCodes.Option));
            }
            else
            {
                // In the channels' own order, once each: what was saved reads back the same whatever the order sent.
                channels[category] = [.. NotificationChannels.All.Where(chosen.Contains)];
            }
        }
        return channels;
    }

    private static List<string> Interests(IReadOnlyList<string>? sent, List<FieldError> errors)
    {
        if (sent?.Any(i => !NoticeCategories.All.Contains(i)) == true)
        {
            errors.Add(new FieldError("interests", FieldErrorCodes.UnknownCategory));
        }
        return [.. NoticeCategories.All.Where(c => sent?.Contains(c) == true)];
    }

    private static QuietHours? Quiet(QuietHoursInput sent, List<FieldError> errors)
    {
        var start = Time("quietHours.start", sent.Start, errors);
        var end = Time("quietHours.end", sent.End, errors);
        if (start is null || end is null)
        {
            return null;
        }
        if (start == end)
        {
            errors.Add(new FieldError("quietHours.end", FieldErrorCodes.Invalid));
            return null;
        }
        return new QuietHours(start.Value, end.Value);
    }

    private static TimeOnly? Time(string field, string? text, List<FieldError> errors)
    {
        if (text is null)
        {
            errors.Add(new FieldError(field, FieldErrorCodes.Required));
            return null;
        }
        if (!TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(new FieldError(field, FieldErrorCodes.Invalid));
            return null;
        }
        return time;
    }
}
