namespace Portal.Domain.Drafts.Attachments;

/// <summary>What the upload established about a stored file.</summary>
public sealed record UploadedFile(string ContentType, long Size, string Sha256);
