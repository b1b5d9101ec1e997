using Portal.Contracts.Privacy;
using Portal.Domain.Notices.Attachments;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// The rules for a notice's attachment list before storage is asked anything: at most
/// <see cref="NoticeAttachmentLimits.MaxPerNotice"/>, well-formed ids named once, and names a resident's device can
/// save as they are (a name only, no path, no control characters or markup, short, and no individual number).
/// </summary>
public static class NoticeAttachmentRules
{
    /// <returns>The list with trimmed names (empty when none was sent); errors are added to <paramref name="errors"/>.</returns>
    public static IReadOnlyList<NoticeAttachmentRequest> Check(IReadOnlyList<NoticeAttachmentRequest>? attachments, List<NoticeError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (attachments is null or { Count: 0 })
        {
            return [];
        }
        if (attachments.Count > NoticeAttachmentLimits.MaxPerNotice)
        {
            errors.Add(new NoticeError("attachments", NoticeErrorCodes.TooMany, NoticeAttachmentLimits.MaxPerNotice));
            return [];
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var checkedList = new List<NoticeAttachmentRequest>(attachments.Count);
        for (var i = 0; i < attachments.Count; i++)
        {
            var (id, name) = (attachments[i]?.Id, attachments[i]?.Name?.Trim());
            if (string.IsNullOrEmpty(id))
            {
                errors.Add(new NoticeError($"attachments[{i}].id", NoticeErrorCodes.Required));
            }
            else if (!NoticeAttachmentIdentifiers.IsWellFormed(id))
            {
                errors.Add(new NoticeError($"attachments[{i}].id", NoticeErrorCodes.UnknownAttachment));
            }
            else if (!seen.Add(id))
            {
                errors.Add(new NoticeError($"attachments[{i}].id", NoticeErrorCodes.Duplicate));
            }
            if (NameError(name) is { } code)
            {
                errors.Add(new NoticeError($"attachments[{i}].name", code, code == NoticeErrorCodes.TooLong ? NoticeAttachmentLimits.MaxNameLength : null));
            }
            checkedList.Add(new NoticeAttachmentRequest(id, name));
        }
        return checkedList;
    }

    private static string? NameError(string? name) => name switch
    {
        null or "" => NoticeErrorCodes.Required,
        { Length: > NoticeAttachmentLimits.MaxNameLength } => NoticeErrorCodes.TooLong,
        _ when name.Any(char.IsControl) => NoticeErrorCodes.ControlCharacters,
        _ when name.AsSpan().IndexOfAny('/', '\\') >= 0 || name is "." or ".." => NoticeErrorCodes.PathInName,
        _ when name.AsSpan().IndexOfAny('<', '>') >= 0 => NoticeErrorCodes.Markup,
        _ when IndividualNumbers.Contains(name) => NoticeErrorCodes.IndividualNumber,
        _ => null,
    };
}
