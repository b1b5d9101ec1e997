namespace Portal.Contracts.Notices.Agency;

/// <summary>A notice's PDF as its agency sees it; <paramref name="Size"/> in bytes.</summary>
public sealed record AgencyNoticeAttachmentView(string Id, string Name, long Size);
