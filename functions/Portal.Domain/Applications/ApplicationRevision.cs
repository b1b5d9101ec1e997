using Portal.Domain.Applications.Canonical;
using Portal.Domain.Applications.Signing;

namespace Portal.Domain.Applications;

/// <summary>
/// One submitted version of an application, exactly as received: the first submission is revision 1, each answer to a
/// correction request appends the next. Never edited once stored.
/// </summary>
public sealed record ApplicationRevision
{
    public required int Number { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required string FormVersion { get; init; }

    /// <summary>The canonical (RFC 8785) document, base64: the exact bytes that were hashed and signed.</summary>
    public required string Document { get; init; }

    /// <summary>Lower-case hex SHA-256 of the canonical document.</summary>
    public required string DocumentSha256 { get; init; }

    /// <summary>The detached CMS SignedData, base64; null when the procedure needs no signature.</summary>
    public string? Cms { get; init; }

    public SignerCertificate? Signer { get; init; }

    public SignatureEvidence? Evidence { get; init; }

    /// <summary>Set when a proxy filed this revision for the applicant; null when the applicant filed it themself.</summary>
    public ProxyFiling? FiledBy { get; init; }

    /// <summary>The attachments as the document names them (their hashes bind the stored files).</summary>
    public required IReadOnlyList<AttachmentReference> Attachments { get; init; }
}
