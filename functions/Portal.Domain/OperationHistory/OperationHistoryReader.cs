using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Portal.Contracts.Errors;
using Portal.Domain.Errors;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.OperationHistory;

/// <summary>
/// A resident's own 操作履歴 (guide 3-F), as the query string asks for it: a time range (default the last 90 days),
/// newest first, one page at a time. Only the principal's own partition is ever read, whatever the token says.
/// </summary>
public sealed class OperationHistoryReader(OperationHistoryStore store, TimeProvider clock)
{
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(90);

    public const int DefaultPageSize = 20;

    /// <exception cref="InvalidInputException">A time that is not ISO 8601, from after to, a page size outside 1–100,
    /// a continuation token that is not one of ours (all named together).</exception>
    public async Task<Page<OperationRecord>> ListAsync(
        ResidentContext resident, string? from, string? to, string? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var end = ParseTime("to", to, errors) ?? clock.GetUtcNow();
        var start = ParseTime("from", from, errors) ?? end - DefaultRange;
        if (errors.Count == 0 && start > end)
        {
            errors.Add(new FieldError("from", FieldErrorCodes.InvalidRange));
        }
        var size = DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size)
            || size is < 1 or > OperationHistoryStore.MaxPageSize))
        {
            errors.Add(new FieldError("pageSize", FieldErrorCodes.OutOfRange, OperationHistoryStore.MaxPageSize));
        }
        var continuation = Decode(continuationToken, errors);
        InvalidInputException.ThrowIfAny(errors);
        try
        {
            // "to" is inclusive: the store's upper bound is exclusive at tick precision.
            var page = await store.ListAsync(resident.PrincipalId, start, end.AddTicks(1), size, continuation, cancellationToken);
            return page with { ContinuationToken = page.ContinuationToken is { } next ? Encode(next) : null };
        }
        catch (InvalidContinuationException)
        {
            throw InvalidInputException.For("continuationToken", FieldErrorCodes.InvalidContinuation);
        }
    }

    private static DateTimeOffset? ParseTime(string field, string? value, List<FieldError> errors)
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
    private static string Encode(string continuation) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(continuation));

    private static string? Decode(string? token, List<FieldError> errors)
    {
        if (token is null)
        {
            return null;
        }
        if (token.Length <= 4096 && Base64Url.IsValid(token))
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        errors.Add(new FieldError("continuationToken", FieldErrorCodes.InvalidContinuation));
        return null;
    }
}
