namespace Portal.Contracts.Clinics;

/// <summary>What the clinic's reader hands the signer: the link, and the code the patient types there.</summary>
public sealed record EligibilityCardRequest(string Id, string SignerLink, string UserCode, DateTimeOffset ExpiresAt);
