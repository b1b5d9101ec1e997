namespace Portal.Domain.Notices.Sending;

/// <summary>What an agency writes in a notice, as it sent it (nulls for what it left out: defaults come later).</summary>
public sealed record NoticeContent(
    string? Title, string? Body, string? Category, string? Importance, DateTimeOffset? PublishAt, DateTimeOffset? ExpiresAt);
