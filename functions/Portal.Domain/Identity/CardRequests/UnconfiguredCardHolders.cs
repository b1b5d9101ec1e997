namespace Portal.Domain.Identity.CardRequests;

/// <summary>Without the accounts feature no card can be tied to a submitter: a sign answer fails loudly, never passes.</summary>
public sealed class UnconfiguredCardHolders : ICardHolders
{
    public Task<bool> HoldsAsync(string accountId, CertificateName certificate, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No ICardHolders is registered: add the accounts feature to answer sign requests.");
}
