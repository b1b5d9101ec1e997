namespace Portal.Domain.Drafts;

/// <summary>A file attached to a draft; the bytes are in the <c>attachments</c> blob container.</summary>
/// <param name="Name">The file name the resident gave (shown back, never trusted for the type).</param>
/// <param name="ContentType">Decided from the content: application/pdf, image/jpeg or image/png.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the stored bytes.</param>
public sealed record DraftAttachment(string Id, string Name, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt);
