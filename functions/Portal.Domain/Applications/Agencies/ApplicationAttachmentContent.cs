using Portal.Domain.Applications.Canonical;

namespace Portal.Domain.Applications.Agencies;

/// <summary>A submitted file as the signed document names it, and its bytes (the caller disposes them).</summary>
public sealed record ApplicationAttachmentContent(AttachmentReference Reference, Stream Content);
