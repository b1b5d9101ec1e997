namespace Portal.Contracts.Applications;

/// <summary>The sign card request of a pending submission: the signer opens <c>signerLink</c> (<see cref="CardRequests.CardRequestLink"/>).</summary>
public sealed record SubmissionCardRequestView(string Id, string SignerLink, DateTimeOffset ExpiresAt);
