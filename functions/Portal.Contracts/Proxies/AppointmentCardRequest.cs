namespace Portal.Contracts.Proxies;

/// <summary>The link the other person's signer opens, the code they type into it, and until when it can be answered.</summary>
public sealed record AppointmentCardRequest(string Id, string SignerLink, string UserCode, DateTimeOffset ExpiresAt);
