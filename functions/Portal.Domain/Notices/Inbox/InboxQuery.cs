using Portal.Contracts.Errors;
using Portal.Domain.Errors;
using Portal.Domain.Residents;

namespace Portal.Domain.Notices.Inbox;

/// <summary>The list's query string, checked: every bad parameter is named at once.</summary>
public static class InboxQuery
{
    /// <exception cref="InvalidInputException">An unknown category, an unread that is not true/false, a continuation
    /// that is not one of ours.</exception>
    public static (InboxFilter Filter, InboxPosition? From) Parse(string? category, string? unread, string? continuation)
    {
        var errors = new List<FieldError>();
        if (category is not null && !NoticeCategories.All.Contains(category))
        {
            errors.Add(new FieldError("category", FieldErrorCodes.UnknownCategory));
        }
        bool? unreadOnly = unread switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => Refuse<bool?>(errors, "unread", FieldErrorCodes.NotABoolean),
        };
        var from = Position(continuation, errors);
        InvalidInputException.ThrowIfAny(errors);
        return (new InboxFilter(category, unreadOnly), from);
    }

    private static InboxPosition? Position(string? continuation, List<FieldError> errors)
    {
        try
        {
            return InboxPosition.Decode(continuation);
        }
        catch (InvalidContinuationException)
        {
            return Refuse<InboxPosition?>(errors, "continuation", FieldErrorCodes.InvalidContinuation);
        }
    }

    private static T Refuse<T>(List<FieldError> errors, string field, string code)
    {
        errors.Add(new FieldError(field, code));
        return default!;
    }
}
