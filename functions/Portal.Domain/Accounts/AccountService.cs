using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Accounts;

/// <summary>Signs residents in by their card's authentication certificate (a pending account on first sight); reads and deletes accounts.</summary>
public sealed class AccountService(
    AccountRepository repository,
    CertificateClaimRepository claims,
    EmailConfirmationStore confirmations,
    OperationHistoryStore history,
    IEnumerable<IAccountDeletionStep> deletionSteps,
    TimeProvider clock,
    ILogger<AccountService>? logger = null)
{
    public const string SignInOperation = AccountOperations.SignIn;

    private readonly ILogger _logger = logger ?? NullLogger<AccountService>.Instance;

    /// <summary>
    /// The account holding the certificate, or a new <see cref="AccountStates.Pending"/> one; appends "sign-in" to its
    /// 操作履歴 either way. Concurrent first sign-ins with one card make one account: the certificate claim is created
    /// first and only once; everyone then uses the account id it names.
    /// </summary>
    /// <param name="clientId">The client the resident signed in through (recorded in the history).</param>
    public Task<Account> SignInAsync(string issuer, string serialNumber, string clientId, CancellationToken cancellationToken) =>
        SignInAsync(issuer, serialNumber, null, clientId, cancellationToken);

    /// <summary>As above, recording when the certificate expires (<paramref name="notAfter"/>) on the account, for
    /// ホーム's warning: once, on the first sign-in that knows it.</summary>
    public async Task<Account> SignInAsync(
        string issuer, string serialNumber, DateTimeOffset? notAfter, string clientId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(serialNumber);
        var now = clock.GetUtcNow();
        var claim = await claims.FindAsync(issuer, serialNumber, cancellationToken)
            ?? await claims.ClaimAsync(issuer, serialNumber, NewAccountId(), now, cancellationToken);
        var account = (await repository.FindAsync(claim.AccountId, cancellationToken))?.Document;
        if (account is null)
        {
            // The claim's winner creates the account next; whoever gets here first creates it, under the claimed id
            // (so a sign-in racing the winner, or one after a crash between the two writes, still lands in one account).
            account = await repository.CreateOrReadAsync(new Account
            {
                Id = claim.AccountId,
                Certificates = [new AccountCertificate(issuer, serialNumber, now, notAfter)],
                State = AccountStates.Pending,
                CreatedAt = now,
            }, cancellationToken);
            _logger.LogInformation("Signed in pending account {AccountId} (first sight of its certificate)", account.Id);
        }
        else if (notAfter is not null && account.Certificates.Any(c => c.Is(issuer, serialNumber) && c.NotAfter != notAfter))
        {
            account = (await repository.UpdateAsync(account.Id, a => a with
            {
                Certificates = [.. a.Certificates.Select(c => c.Is(issuer, serialNumber) ? c with { NotAfter = notAfter } : c)],
            }, cancellationToken)).Document;
        }
        await history.AppendAsync(ResidentContext.Self(account.Id, clientId), SignInOperation, null, OperationOutcome.Succeeded, cancellationToken);
        return account;
    }

    /// <exception cref="AccountNotFoundException">No such account.</exception>
    public async Task<Account> GetAsync(string id, CancellationToken cancellationToken) =>
        (await GetStoredAsync(id, cancellationToken)).Document;

    /// <summary>With its ETag (for If-Match on settings).</summary>
    /// <exception cref="AccountNotFoundException">No such account.</exception>
    public async Task<Stored<Account>> GetStoredAsync(string id, CancellationToken cancellationToken) =>
        (IsAccountId(id) ? await repository.FindAsync(id, cancellationToken) : null)
        ?? throw new AccountNotFoundException(id);

    /// <summary>
    /// Deletes the account, its certificate claims (so the card may register afresh), pending codes and what other
    /// features hold of it (<see cref="IAccountDeletionStep"/>: its logins end). The 操作履歴 stays, ending with
    /// "account.delete": it is the record of what was done in the resident's name.
    /// </summary>
    public Task<DateTimeOffset> DeleteAsync(ResidentContext resident, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.Delete, _ => null, async () =>
        {
            var account = await GetAsync(resident.PrincipalId, cancellationToken);
            foreach (var certificate in account.Certificates)
            {
                // Only this account's own claims: a claim is never taken from another account.
                if ((await claims.FindAsync(certificate.Issuer, certificate.SerialNumber, cancellationToken))?.AccountId == account.Id)
                {
                    await claims.DeleteAsync(certificate.Issuer, certificate.SerialNumber, cancellationToken);
                }
            }
            foreach (var purpose in ConfirmationPurposes.All)
            {
                await confirmations.DeleteAsync(purpose, account.Id, cancellationToken);
            }
            foreach (var step in deletionSteps)
            {
                await step.RunAsync(account.Id, cancellationToken);
            }
            await repository.DeleteAsync(account.Id, cancellationToken);
            _logger.LogInformation("Deleted account {AccountId}", account.Id);
            return clock.GetUtcNow();
        }, cancellationToken);

    /// <exception cref="AccountStateException">The account is not registered.</exception>
    public static Account RequireRegistered(Account account) =>
        account.IsRegistered ? account : throw new AccountStateException(account.State, AccountStates.Registered);

    /// <summary>"acc-" and 128 random bits, base64url: nothing about the resident or the card.</summary>
    public static string NewAccountId() => "acc-" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static bool IsAccountId(string? id) =>
        id is { Length: 26 } && id.StartsWith("acc-", StringComparison.Ordinal)
        && id.Skip(4).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
