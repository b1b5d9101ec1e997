using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Portal.Contracts.Errors;
using Portal.Domain.Residents;

namespace Portal.Domain.Applications.Residents;

/// <summary>
/// The paging parameters of application lists (<c>limit</c>, <c>continuation</c>) as the query string sends them:
/// the store's continuation is JSON, handed out base64url so it travels in a query string untouched.
/// </summary>
public static class ApplicationPaging
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    private const int MaxContinuationLength = 4096;

    public static int Limit(string? value, List<FieldError> errors)
    {
        if (value is null)
        {
            return DefaultLimit;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit)
        {
            return limit;
        }
        errors.Add(new FieldError("limit", FieldErrorCodes.OutOfRange, MaxLimit));
        return DefaultLimit;
    }

    public static string? Continuation(string? token, List<FieldError> errors)
    {
        if (token is null)
        {
            return null;
        }
        if (token.Length <= MaxContinuationLength && Base64Url.IsValid(token))
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        errors.Add(new FieldError("continuation", FieldErrorCodes.InvalidContinuation));
        return null;
    }

    public static string? Encode(string? continuation) =>
        continuation is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(continuation));
}
