namespace Portal.Domain.Applications.Signing;

/// <summary>
/// What a signature was checked against and when, kept with the application so that the acceptance can be explained
/// later: the signing CA's CRL (by number and thisUpdate) the certificate was not on, and the verification time.
/// </summary>
/// <param name="CrlNumber">The cRLNumber, in decimal (it can exceed 64 bits).</param>
/// <param name="CertificateSha256">Upper-case hex SHA-256 of the signing certificate's DER.</param>
/// <param name="SigningTime">The signingTime attribute as the signer claimed it (not trusted for anything).</param>
public sealed record SignatureEvidence(
    string CrlNumber,
    DateTimeOffset CrlThisUpdate,
    DateTimeOffset CrlNextUpdate,
    DateTimeOffset VerifiedAt,
    string CertificateSha256,
    DateTimeOffset? SigningTime);
