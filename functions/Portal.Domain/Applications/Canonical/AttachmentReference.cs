namespace Portal.Domain.Applications.Canonical;

/// <summary>An attached file as the signed document names it: the bytes themselves are stored apart, bound by the hash.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record AttachmentReference(string Name, string ContentType, long Size, string Sha256);
