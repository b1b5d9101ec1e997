namespace Portal.Contracts.Accounts;

/// <summary><c>POST /api/me/certificates</c>: the card request the new card answers.</summary>
/// <param name="SignerLink">What the signer opens (<see cref="CardRequests.CardRequestLink"/>).</param>
/// <param name="UserCode">The code the resident types into the signer (XXXX-XXXX); shown only here.</param>
public sealed record CertificateAddStarted(string CardRequestId, string SignerLink, string UserCode, DateTimeOffset ExpiresAt);
