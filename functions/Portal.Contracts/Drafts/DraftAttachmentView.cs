namespace Portal.Contracts.Drafts;

/// <summary>A file on a draft; <paramref name="ContentType"/> is what its content is, not what its name says.</summary>
public sealed record DraftAttachmentView(string Id, string Name, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt);
