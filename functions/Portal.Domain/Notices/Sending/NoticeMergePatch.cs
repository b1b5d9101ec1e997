using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Domain.Notices.Attachments;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// RFC 7396 over a notice's content: a member present replaces the value, null removes it (then the rules say it is
/// required), a member absent keeps it. The result is checked like a new notice's content.
/// </summary>
public static class NoticeMergePatch
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <exception cref="NoticeInvalidException">A member of the wrong type.</exception>
    public static NoticeContent Apply(Notice current, JsonObject patch)
    {
        var errors = new List<NoticeError>();
        var content = new NoticeContent(
            Text(patch, "title", current.Title, errors),
            Text(patch, "body", current.Body, errors),
            Text(patch, "category", current.Category, errors),
            Text(patch, "importance", current.Importance, errors),
            Time(patch, "publishAt", current.PublishAt, errors),
            Time(patch, "expiresAt", current.ExpiresAt, errors),
            Attachments(patch, current, errors));
        return errors.Count > 0 ? throw new NoticeInvalidException(errors) : content;
    }

    private static string? Text(JsonObject patch, string name, string current, List<NoticeError> errors)
    {
        if (!patch.TryGetPropertyValue(name, out var node))
        {
            return current;
        }
        if (node is null)
        {
            return null;
        }
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }
        errors.Add(new NoticeError(name, NoticeErrorCodes.Invalid));
        return current;
    }

    /// <summary>The list as a whole (RFC 7396 replaces arrays): absent keeps the current files, null removes them all.</summary>
    private static IReadOnlyList<NoticeAttachmentRequest> Attachments(JsonObject patch, Notice current, List<NoticeError> errors)
    {
        if (!patch.TryGetPropertyValue("attachments", out var node))
        {
            return [.. current.Attachments.Select(a => new NoticeAttachmentRequest(a.Id, a.Name))];
        }
        if (node is null)
        {
            return [];
        }
        try
        {
            return node.Deserialize<List<NoticeAttachmentRequest>>(Json) ?? [];
        }
        catch (JsonException)
        {
            errors.Add(new NoticeError("attachments", NoticeErrorCodes.Invalid));
            return [];
        }
    }

    private static DateTimeOffset? Time(JsonObject patch, string name, DateTimeOffset current, List<NoticeError> errors)
    {
        if (!patch.TryGetPropertyValue(name, out var node))
        {
            return current;
        }
        if (node is null)
        {
            return null;
        }
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        errors.Add(new NoticeError(name, NoticeErrorCodes.Invalid));
        return current;
    }
}
