namespace Portal.Contracts.CardRequests;

/// <summary><c>POST</c>ed back to the card request link for <c>login</c> and <c>sign</c>.</summary>
/// <param name="Signature">Base64 of the card's RSA PKCS#1 v1.5 signature over SHA-256 of dataToSign.</param>
/// <param name="Certificate">Base64 DER of the matching certificate, when the request asked for it.</param>
/// <param name="AuthenticationSignature">Sign only: base64 signature of the authentication key over SHA-256 of the
/// authentication challenge, made in the same card session.</param>
/// <param name="AuthenticationCertificate">Sign only: base64 DER of the authentication certificate; it must be one the
/// submitting account signs in with.</param>
/// <param name="Consented">The resident answered yes to the request's consent question, so <see cref="Signature"/> is
/// over <c>consentDataToSign</c>; the portal verifies it against that, so the answer cannot be changed afterwards.</param>
public sealed record CardSignatureSubmission(
    string Signature, string? Certificate, string? AuthenticationSignature = null, string? AuthenticationCertificate = null,
    bool Consented = false);
