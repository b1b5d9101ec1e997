using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Portal.Contracts.Errors;
using Portal.Domain.Residents;

namespace Portal.Domain.Histories;

/// <summary>What the histories' list endpoints read from a query string: ISO 8601 times and our continuation tokens.</summary>
public static class HistoryQueryText
{
    /// <summary>A time, or null (absent, or wrong and named in <paramref name="errors"/>).</summary>
    public static DateTimeOffset? ParseTime(string field, string? value, List<FieldError> errors)
    {
        if (value is null)
        {
            return null;
        }
        // ISO 8601 only: a date, or a date and time with an offset (no local times: the server's zone means nothing).
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];
        if (DateTimeOffset.TryParseExact(value, formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            && (value.Length == 10 || value.EndsWith('Z') || value[^6] is '+' or '-'))
        {
            return time;
        }
        errors.Add(new FieldError(field, FieldErrorCodes.InvalidTime));
        return null;
    }

    /// <summary>The store's continuation is JSON; handed out base64url so it travels in a query string untouched.</summary>
    public static string Encode(string continuation) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(continuation));

    public static string? Decode(string field, string? token, List<FieldError> errors)
    {
        if (token is null)
        {
            return null;
        }
        if (token.Length <= 4096 && Base64Url.IsValid(token))
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        errors.Add(new FieldError(field, FieldErrorCodes.InvalidContinuation));
        return null;
    }

    /// <summary>
    /// A UTC time in a fixed-width form, so time ranges are plain string comparisons — exact, unlike comparing
    /// serialized timestamps.
    /// </summary>
    public static string TimeKey(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture);
}
