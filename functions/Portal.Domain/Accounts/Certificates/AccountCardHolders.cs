using Portal.Domain.Identity.CardRequests;

namespace Portal.Domain.Accounts.Certificates;

/// <summary>A point read of the account: it holds the certificate when it still signs in with it (a deleted account holds none).</summary>
public sealed class AccountCardHolders(AccountRepository accounts) : ICardHolders
{
    public async Task<bool> HoldsAsync(string accountId, CertificateName certificate, CancellationToken cancellationToken) =>
        (await accounts.FindAsync(accountId, cancellationToken))?.Document.Certificates.Any(c => c.Is(certificate.Issuer, certificate.SerialNumber)) == true;
}
