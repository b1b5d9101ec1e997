namespace Portal.Contracts.Applications;

/// <summary>The sign card request of a pending submission: the signer opens <c>signerLink</c>.</summary>
public sealed record SubmissionCardRequestView(string Id, string SignerLink, DateTimeOffset ExpiresAt);
