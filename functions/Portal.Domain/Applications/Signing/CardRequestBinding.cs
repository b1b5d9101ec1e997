namespace Portal.Domain.Applications.Signing;

/// <summary>The portal attribute (2.999.1.1) of a signature: which card request of which portal it was made for.</summary>
/// <param name="Nonce">Base64url, as the card request stores it.</param>
public sealed record CardRequestBinding(string RequestId, string Audience, string Nonce);
