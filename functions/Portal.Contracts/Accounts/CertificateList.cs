namespace Portal.Contracts.Accounts;

public sealed record CertificateList(IReadOnlyList<CertificateView> Items);
