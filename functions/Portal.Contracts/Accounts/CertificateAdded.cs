namespace Portal.Contracts.Accounts;

/// <summary>The certificate attached; <paramref name="Added"/> is false when the account already held it.</summary>
public sealed record CertificateAdded(CertificateView Certificate, bool Added, int CertificateCount);
