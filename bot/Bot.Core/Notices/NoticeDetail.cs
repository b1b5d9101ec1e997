namespace Bot.Core.Notices;

/// <summary>
/// One notice as <c>GET /api/me/notices/{id}</c> answers it (camelCase JSON; other fields are ignored). Shown in the
/// chat the resident asked from, never pushed.
/// </summary>
public sealed record NoticeDetail(
    string Id, string Title, string Body, string SenderName, string? Category, string? Importance, DateTimeOffset PublishedAt);
