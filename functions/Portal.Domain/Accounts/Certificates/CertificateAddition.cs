namespace Portal.Domain.Accounts.Certificates;

/// <summary>The certificate a completed login card request attached, and whether it was new to the account.</summary>
public sealed record CertificateAddition(AccountCertificate Certificate, bool Added, Account Account);
