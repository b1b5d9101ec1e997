namespace Portal.Domain.Notices.Sending;

/// <summary>A notice's content after the rules and defaults (importance normal, publishAt now), times in UTC.</summary>
public sealed record ValidNoticeContent(
    string Title, string Body, string Category, string Importance, DateTimeOffset PublishAt, DateTimeOffset ExpiresAt);
