namespace Portal.Domain.ExternalSites.Codes;

/// <summary>What the site presents at the token endpoint with a code (RFC 6749 §4.1.3, RFC 7636 §4.5, RFC 9449 §10).</summary>
/// <param name="ClientId">The client the token endpoint authenticated (private_key_jwt), not one the request names.</param>
/// <param name="DpopJkt">The thumbprint of the key the request's DPoP proof was signed with; null without a proof.</param>
public sealed record CodeRedemption(string ClientId, string? Code, string? RedirectUri, string? CodeVerifier, string? DpopJkt);
