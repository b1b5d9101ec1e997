namespace Portal.Contracts.Applications;

/// <summary>The sign card request of a pending submission: the signer opens <c>signerLink</c> (<see cref="CardRequests.CardRequestLink"/>).</summary>
/// <param name="UserCode">The code the resident types into the signer (XXXX-XXXX); only the submitter sees it.</param>
public sealed record SubmissionCardRequestView(string Id, string SignerLink, string UserCode, DateTimeOffset ExpiresAt);
