using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Contracts.Errors;

namespace Portal.Domain.Forms;

/// <summary>Each input kind's own rule for an answered value; null when the value is acceptable.</summary>
public static partial class KindRules
{
    /// <summary>全角カタカナ with 長音・中黒 and spaces between family and given names; no half-width kana.</summary>
    [GeneratedRegex(@"^[\u30A1-\u30FA\u30FC\u30FB]+([ \u3000][\u30A1-\u30FA\u30FC\u30FB]+)*$")]
    private static partial Regex KatakanaPattern();

    [GeneratedRegex(@"^[0-9]{3}-?[0-9]{4}$")]
    private static partial Regex PostalPattern();

    /// <summary>Japanese numbers: a leading 0, 10 or 11 digits, hyphens optional between groups.</summary>
    [GeneratedRegex(@"^0[0-9]{1,4}(-?[0-9]{1,4}){1,2}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    public static string? Check(FormField field, JsonNode value, DateOnly today)
    {
        var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        return field.Kind switch
        {
            FieldKinds.Text or FieldKinds.Multiline or FieldKinds.Attachment => text is null ? FieldErrorCodes.Type : null,
            FieldKinds.Katakana => text is not null && KatakanaPattern().IsMatch(text) ? null : FieldErrorCodes.Katakana,
            FieldKinds.PostalCode => text is not null && PostalPattern().IsMatch(text) ? null : FieldErrorCodes.PostalCode,
            FieldKinds.Phone => text is not null && IsPhone(text) ? null : FieldErrorCodes.Phone,
            FieldKinds.Email => text is not null && EmailPattern().IsMatch(text) ? null : FieldErrorCodes.Email,
            FieldKinds.Date => DateRule(field, text, today),
            FieldKinds.Number => value.GetValueKind() == JsonValueKind.Number ? null : FieldErrorCodes.Type,
            FieldKinds.Select => text is not null && field.Options.Any(o => o.Value == text) ? null : FieldErrorCodes.Option,
            FieldKinds.YesNo => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : FieldErrorCodes.Type,
            FieldKinds.Group => value is JsonArray ? null : FieldErrorCodes.Type,
            _ => null,
        };
    }

    public static bool IsPhone(string text)
    {
        var digits = text.Count(char.IsAsciiDigit);
        return PhonePattern().IsMatch(text) && digits is 10 or 11;
    }

    private static string? DateRule(FormField field, string? text, DateOnly today)
    {
        if (text is null || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return FieldErrorCodes.Date;
        }
        return field.NotFuture && date > today ? FieldErrorCodes.FutureDate : null;
    }
}
