namespace Portal.Contracts.Notices.Inbox;

/// <summary>A notice's PDF for the resident: name, size in bytes, and a download link that works until <paramref name="ExpiresAt"/>.</summary>
public sealed record NoticeAttachmentView(string Name, long Size, string Url, DateTimeOffset ExpiresAt);
