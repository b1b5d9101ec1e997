namespace Portal.Domain.Identity.Dpop;

/// <summary>What a DPoP proof is checked against: the request it came with.</summary>
/// <param name="Proofs">Every <c>DPoP</c> header value of the request (exactly one is accepted).</param>
/// <param name="Method">The request's method (<c>htm</c>).</param>
/// <param name="Target">The endpoint's public URI as the portal names it (<c>htu</c>; query and fragment are ignored).</param>
/// <param name="AccessToken">At a resource, the DPoP-bound token presented with the proof (<c>ath</c>); null at the token endpoint.</param>
public sealed record DpopRequest(IReadOnlyList<string> Proofs, string Method, Uri Target, string? AccessToken = null);
