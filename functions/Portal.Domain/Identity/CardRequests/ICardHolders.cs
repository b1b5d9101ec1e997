namespace Portal.Domain.Identity.CardRequests;

/// <summary>
/// Whether an account signs in with a certificate: asked when a signature is answered, so only the card of the
/// account that submitted (the actor) can sign its application. Accounts answer it; card requests only ask.
/// </summary>
public interface ICardHolders
{
    Task<bool> HoldsAsync(string accountId, CertificateName certificate, CancellationToken cancellationToken);
}
