using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;

namespace Portal.Domain.Accounts.Certificates;

/// <summary>
/// The certificates an account signs in with. A renewed card has a new certificate: the resident, signed in with
/// the old one, makes a login card request and answers it with the new card; its certificate is then claimed for
/// this account.
/// </summary>
public sealed class AccountCertificateService(
    AccountService accounts,
    AccountRepository repository,
    CertificateClaimRepository claims,
    CardRequestService cardRequests,
    CardRequestRepository cardRequestRepository,
    OperationHistoryStore history,
    TimeProvider clock,
    ILogger<AccountCertificateService>? logger = null)
{
    public const string ContextKind = "add-certificate";

    /// <summary>Who the signer says is asking, before the PIN.</summary>
    public const string SignerClientName = "マイナポータル";

    private readonly ILogger _logger = logger ?? NullLogger<AccountCertificateService>.Instance;

    public async Task<IReadOnlyList<AccountCertificate>> ListAsync(ResidentContext resident, CancellationToken cancellationToken) =>
        AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken)).Certificates;

    /// <summary>A login card request bound to this account, for the new card to answer.</summary>
    public Task<StartedCardRequest> StartAsync(ResidentContext resident, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.CertificateAddStart, r => r.Id, async () =>
        {
            AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            return await cardRequests.CreateLoginAsync(
                new NewCardRequest(SignerClientName, "新しいマイナンバーカードの電子証明書をアカウントに追加",
                    new RequestingClient(resident.ClientId), new CardRequestContext(ContextKind, resident.PrincipalId)), cancellationToken);
        }, cancellationToken);

    /// <summary>Attaches the certificate the new card answered with. Repeating it after success changes nothing.</summary>
    /// <exception cref="CardRequestNotFoundException">Unknown, or started by another account (not told apart).</exception>
    /// <exception cref="CardRequestPendingException">The signer has not answered.</exception>
    /// <exception cref="CardRequestRefusedException">It expired or was burned unanswered.</exception>
    /// <exception cref="CertificateHeldElsewhereException">Another account holds that certificate.</exception>
    public Task<CertificateAddition> CompleteAsync(ResidentContext resident, string cardRequestId, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.CertificateAdd, r => r.Added ? cardRequestId : null, async () =>
        {
            AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            var request = RandomTokens.IsRequestId(cardRequestId)
                ? (await cardRequestRepository.FindAsync(cardRequestId, cancellationToken))?.Document
                : null;
            if (request?.Context != new CardRequestContext(ContextKind, resident.PrincipalId))
            {
                throw new CardRequestNotFoundException(cardRequestId);
            }
            var outcome = await cardRequests.TakeOutcomeAsync(cardRequestId, cancellationToken);
            if (outcome is not { CertificateIssuer: { } issuer, CertificateSerialNumber: { } serial })
            {
                throw request.IsUsed ? new CardRequestRefusedException(CardRequestRefusal.AlreadyUsed, "burned unanswered.")
                    : request.IsExpiredAt(clock.GetUtcNow()) ? new CardRequestRefusedException(CardRequestRefusal.Expired, "expired unanswered.")
                    : new CardRequestPendingException(cardRequestId);
            }
            var now = clock.GetUtcNow();
            var claim = await claims.ClaimAsync(issuer, serial, resident.PrincipalId, now, cancellationToken);
            if (claim.AccountId != resident.PrincipalId)
            {
                throw new CertificateHeldElsewhereException();
            }
            var added = false;
            var stored = await repository.UpdateAsync(resident.PrincipalId, account =>
            {
                added = !account.Certificates.Any(c => c.Is(issuer, serial));
                return added ? account with { Certificates = [.. account.Certificates, new AccountCertificate(issuer, serial, now, outcome.CertificateNotAfter)] } : account;
            }, cancellationToken);
            if (added)
            {
                _logger.LogInformation("Added a certificate to account {AccountId} ({Count} now)", resident.PrincipalId, stored.Document.Certificates.Count);
            }
            return new CertificateAddition(stored.Document.Certificates.First(c => c.Is(issuer, serial)), added, stored.Document);
        }, cancellationToken);
}
