using System.Text.Json.Serialization;
using Portal.Domain.Notices.Attachments;

namespace Portal.Domain.Notices.Sending;

/// <summary>What an agency writes in a notice, as it sent it (nulls for what it left out: defaults come later).</summary>
/// <param name="Attachments">Left out of the request hash when null, so a notice without files hashes as it always did.</param>
public sealed record NoticeContent(
    string? Title, string? Body, string? Category, string? Importance, DateTimeOffset? PublishAt, DateTimeOffset? ExpiresAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<NoticeAttachmentRequest>? Attachments = null);
