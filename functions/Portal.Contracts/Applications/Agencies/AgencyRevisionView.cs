using System.Text.Json;

namespace Portal.Contracts.Applications.Agencies;

/// <summary>
/// One submitted version, everything needed to verify it independently: the canonical document (the exact signed
/// bytes, base64, and parsed), its SHA-256, the detached CMS and the signing certificate in it.
/// </summary>
/// <param name="Cms">The detached CMS SignedData (DER, base64); null when the procedure needs no signature.</param>
/// <param name="Certificate">The signing certificate (DER, base64), as the CMS carries it.</param>
/// <param name="FiledBy">Set when a proxy filed it (the certificate is then the proxy's); null when the applicant did.</param>
public sealed record AgencyRevisionView(
    int Number,
    DateTimeOffset SubmittedAt,
    string FormVersion,
    string Document,
    JsonElement ParsedDocument,
    string DocumentSha256,
    string? Cms,
    string? Certificate,
    SignerView? Signer,
    SignatureEvidenceView? Evidence,
    IReadOnlyList<AgencyAttachmentView> Attachments,
    ProxyFilingView? FiledBy = null);
