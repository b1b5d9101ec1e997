namespace Portal.Contracts.CardRequests;

/// <summary>
/// What the signer receives from <c>GET</c> on a card request link. The signer shows <see cref="ClientName"/>,
/// <see cref="Description"/> (and <see cref="Summary"/> for <c>sign</c>) before asking for the PIN; it never needs to
/// know how <see cref="DataToSign"/> was built.
/// </summary>
/// <param name="DataToSign">Base64; the signer signs its SHA-256. Absent for <c>prefill</c>.</param>
/// <param name="CertificateRequired">Whether the portal needs the card's certificate with the signature
/// (false when it already holds it, so a login costs the card's minimum of 5 APDUs).</param>
public sealed record CardRequestView(
    string RequestId,
    string Purpose,
    string ClientName,
    string Description,
    string? Summary,
    string? DataToSign,
    bool CertificateRequired,
    DateTimeOffset ExpiresAt);
