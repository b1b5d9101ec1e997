namespace Portal.Domain.Identity.CardRequests;

/// <summary>What a completed request produced, for the feature that asked.</summary>
/// <param name="CertificateIssuer">Login and sign: the validated certificate's issuer (an account is found by issuer + serial).</param>
/// <param name="CertificateSerialNumber">Login and sign: its serial number (hex).</param>
/// <param name="Certificate">Base64 DER: for login only when the signer posted it; for sign always (the CMS needs it).</param>
/// <param name="Signature">Sign only: base64 of the card's signature over the signed attributes (the CMS signature value).</param>
/// <param name="Prefill">Prefill only: kept until the asking feature takes it, then removed.</param>
/// <param name="CertificateNotAfter">Login and sign: when the validated certificate expires (ホーム warns ahead of it).</param>
/// <param name="AuthenticationIssuer">Sign only: the issuer of the authentication certificate the same card session
/// answered the challenge with (an account is found by it and <paramref name="AuthenticationSerialNumber"/>).</param>
/// <param name="Consented">Sign with a consent question only: the card signed the document that says yes.</param>
public sealed record CardRequestOutcome(
    DateTimeOffset CompletedAt,
    string? CertificateIssuer = null,
    string? CertificateSerialNumber = null,
    string? Certificate = null,
    string? Signature = null,
    BasicFourItems? Prefill = null,
    string? AuthenticationIssuer = null,
    string? AuthenticationSerialNumber = null,
    bool Consented = false,
    DateTimeOffset? CertificateNotAfter = null);
