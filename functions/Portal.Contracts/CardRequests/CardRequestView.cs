namespace Portal.Contracts.CardRequests;

/// <summary>
/// One card request as the signer shows it: who asks and from where (<see cref="Requester"/>), what for
/// (<see cref="Description"/>, and <see cref="Signing"/> for <c>sign</c>), before any code or PIN. Later features that
/// ask for the card (external sites, proxies, the clinic check) extend this record rather than making their own.
/// </summary>
/// <param name="ClientName">The portal the signer is talking to (e.g. マイナポータル).</param>
/// <param name="CodeRequired">The resident must type the code shown where the request was started before anything is
/// signed; <see cref="DataToSign"/> comes only in the answer to that confirmation.</param>
/// <param name="DataToSign">Base64; the signer signs its SHA-256. For <c>login</c> a <see cref="CardChallenge"/>;
/// for <c>sign</c> the CMS signed attributes (<see cref="SigningAttributes"/>). Absent for <c>prefill</c> and before
/// the code is confirmed.</param>
/// <param name="AuthenticationChallenge">Base64 <see cref="CardChallenge"/> with purpose <c>sign</c>: answered with the
/// authentication key in the same card session, so the portal knows the signer is the one who submitted.</param>
/// <param name="ConsentDataToSign">Base64, sign only, when <see cref="CardRequestSigning.ConsentQuestion"/> is set: the
/// signed attributes over the document that says yes, signed instead of <see cref="DataToSign"/> when the resident agrees.</param>
/// <param name="CertificateRequired">Whether the portal needs the card's certificate with the signature
/// (false when it already holds it, so a login costs the card's minimum of 5 APDUs).</param>
public sealed record CardRequestView(
    string RequestId,
    string Purpose,
    string ClientName,
    string Description,
    CardRequester Requester,
    CardRequestSigning? Signing,
    bool CodeRequired,
    string? DataToSign,
    string? AuthenticationChallenge,
    bool CertificateRequired,
    DateTimeOffset ExpiresAt,
    string? ConsentDataToSign = null);
