namespace Portal.Domain.Proxies;

/// <summary>What the accepting card signed, and with which certificate: the evidence a delegation was accepted.</summary>
/// <param name="Terms">Base64 of the exact bytes whose digest was signed (the delegation's terms, canonical JSON).</param>
/// <param name="Certificate">Base64 DER of the accepting card's signing certificate (署名用).</param>
/// <param name="Signature">Base64 of the card's signature.</param>
/// <param name="SignedAttributes">Base64 of the CMS signed attributes the signature is over (they carry the terms'
/// SHA-256 as messageDigest, the signing time and the card request), so the evidence verifies on its own.</param>
public sealed record DelegationAcceptance(string Terms, string Certificate, string Signature, DateTimeOffset SignedAt, string? SignedAttributes = null);
