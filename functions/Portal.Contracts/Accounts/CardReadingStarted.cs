namespace Portal.Contracts.Accounts;

/// <summary><c>POST /api/me/profile/card-reading</c>: the prefill card request the signer answers with the card's items.</summary>
/// <param name="SignerLink">What the signer opens (<see cref="CardRequests.CardRequestLink"/>).</param>
/// <param name="UserCode">The code the resident types into the signer (XXXX-XXXX); shown only here.</param>
public sealed record CardReadingStarted(string CardRequestId, string SignerLink, string UserCode, DateTimeOffset ExpiresAt);
