namespace Portal.Contracts.Applications.Agencies;

/// <summary>What the portal checked the signature against when it received it: the CRL by number and validity, and when.</summary>
public sealed record SignatureEvidenceView(
    string CrlNumber,
    DateTimeOffset CrlThisUpdate,
    DateTimeOffset CrlNextUpdate,
    DateTimeOffset VerifiedAt,
    string CertificateSha256,
    DateTimeOffset? SigningTime);
