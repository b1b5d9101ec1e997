namespace Portal.Domain.Identity.Dpop;

/// <summary>
/// A DPoP proof (RFC 9449) that passed every check: the thumbprint (RFC 7638) of the key it was signed with, which a
/// token is bound to (<c>cnf.jkt</c>), and when the client made it.
/// </summary>
public sealed record DpopProof(string KeyThumbprint, DateTimeOffset IssuedAt);
