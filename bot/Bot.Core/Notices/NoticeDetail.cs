using Portal.Contracts.Notices.Inbox;

namespace Bot.Core.Notices;

/// <summary>
/// One notice as <c>GET /api/me/notices/{id}</c> answers it (camelCase JSON; other fields are ignored). Shown in the
/// chat the resident asked from, never pushed.
/// </summary>
/// <param name="Attachments">Its PDFs; the chat shows their names only (see <see cref="NoticeTexts.Detail"/>).</param>
public sealed record NoticeDetail(
    string Id, string Title, string Body, string SenderName, string? Category, string? Importance, DateTimeOffset PublishedAt,
    IReadOnlyList<NoticeAttachmentView>? Attachments = null);
