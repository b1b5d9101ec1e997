namespace Portal.Contracts.Accounts;

/// <summary>A card certificate the account signs in with: issuer and serial only (no names).</summary>
public sealed record CertificateView(string Issuer, string SerialNumber, DateTimeOffset? AddedAt);
