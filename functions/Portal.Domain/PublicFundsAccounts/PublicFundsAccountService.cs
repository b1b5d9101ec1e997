using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Accounts;
using Portal.Domain.Errors;
using Portal.Domain.OperationHistory;
using Portal.Domain.Proxies.Acting;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// 公金受取口座 of the signed-in resident: one account, in their own name (the name read from their card is stored next
/// to the kana), never for someone else. Each change is in 操作履歴 (without the number) and confirmed by a notice.
/// Writes are conditional on the version read, so of two concurrent changes one is stored and the other refused
/// (409): nothing is overwritten unseen. Logs carry no account number or name.
/// </summary>
public sealed class PublicFundsAccountService(
    AccountService accounts,
    PublicFundsAccountRepository repository,
    PublicFundsAccountValidator validator,
    PublicFundsAccountNotices notices,
    OperationHistoryStore history,
    TimeProvider clock,
    ILogger<PublicFundsAccountService>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<PublicFundsAccountService>.Instance;

    /// <exception cref="PublicFundsAccountNotFoundException">None registered.</exception>
    public async Task<Stored<PublicFundsAccount>> GetAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        RequireSelf(resident);
        AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
        return await repository.ReadAsync(resident.PrincipalId, cancellationToken) ?? throw new PublicFundsAccountNotFoundException();
    }

    /// <summary>
    /// Registers the account, or replaces the registered one. With <paramref name="ifMatch"/>, only over that version.
    /// </summary>
    /// <returns>The stored account and whether it was registered (rather than changed).</returns>
    /// <exception cref="InvalidInputException">Every bad field; nothing is stored.</exception>
    /// <exception cref="PublicFundsAccountProfileRequiredException">No name read from the card.</exception>
    /// <exception cref="ConcurrencyConflictException"><paramref name="ifMatch"/> is not the registered version (412).</exception>
    /// <exception cref="PublicFundsAccountConflictException">Another request changed it meanwhile (409).</exception>
    public async Task<(Stored<PublicFundsAccount> Account, bool Registered)> PutAsync(
        ResidentContext resident, PublicFundsAccountInput input, string? ifMatch, CancellationToken cancellationToken)
    {
        RequireSelf(resident);
        var current = await repository.ReadAsync(resident.PrincipalId, cancellationToken);
        var operation = current is null ? PublicFundsAccountOperations.Register : PublicFundsAccountOperations.Change;
        var stored = await history.RecordAsync(resident, operation, a => $"{a.Document.BankCode}-{a.Document.BranchCode}", async () =>
        {
            var fields = validator.Validate(input);
            var account = AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            var holderName = account.Profile?.Name ?? throw new PublicFundsAccountProfileRequiredException();
            if (ifMatch is not null && (current is null || !SameTag(ifMatch, current.ETag)))
            {
                throw new ConcurrencyConflictException(PublicFundsAccount.DocumentId);
            }
            var now = clock.GetUtcNow();
            // A new document: registering again clears an invalid mark the bank-data check left (InvalidatedAt).
            var document = new PublicFundsAccount
            {
                ResidentId = resident.PrincipalId,
                BankCode = fields.Bank.Code,
                BranchCode = fields.Branch.Code,
                AccountType = fields.AccountType,
                AccountNumber = fields.AccountNumber,
                HolderKana = fields.HolderKana,
                HolderName = holderName,
                RegisteredAt = current?.Document.RegisteredAt ?? now,
                UpdatedAt = now,
            };
            return current is null ? await CreateAsync(document, cancellationToken)
                : await repository.TryReplaceAsync(document, current.ETag, cancellationToken) ?? throw new PublicFundsAccountConflictException();
        }, cancellationToken);
        var what = current is null ? PublicFundsAccountEvent.Registered : PublicFundsAccountEvent.Changed;
        await notices.TellAsync(stored.Document, what, stored.Document.UpdatedAt, cancellationToken);
        _logger.LogInformation("Public-funds account {Event} for account {AccountId}", what, resident.PrincipalId);
        return (stored, current is null);
    }

    /// <summary>Deletes the registered account; with <paramref name="ifMatch"/>, only that version. None registered changes nothing.</summary>
    /// <returns>Whether there was one.</returns>
    /// <exception cref="ConcurrencyConflictException"><paramref name="ifMatch"/> is not the registered version (412).</exception>
    public async Task<bool> DeleteAsync(ResidentContext resident, string? ifMatch, CancellationToken cancellationToken)
    {
        RequireSelf(resident);
        var current = await history.RecordAsync(resident, PublicFundsAccountOperations.Delete, _ => null, async () =>
        {
            AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            var found = await repository.ReadAsync(resident.PrincipalId, cancellationToken);
            if (ifMatch is not null && (found is null || !SameTag(ifMatch, found.ETag)))
            {
                throw new ConcurrencyConflictException(PublicFundsAccount.DocumentId);
            }
            // Conditional on what was read: the notice then names the account that was actually deleted.
            return found is not null && await repository.DeleteAsync(resident.PrincipalId, found.ETag, cancellationToken) ? found : null;
        }, cancellationToken);
        if (current is null)
        {
            return false;
        }
        await notices.TellAsync(current.Document, PublicFundsAccountEvent.Deleted, clock.GetUtcNow(), cancellationToken);
        _logger.LogInformation("Public-funds account deleted for account {AccountId}", resident.PrincipalId);
        return true;
    }

    private async Task<Stored<PublicFundsAccount>> CreateAsync(PublicFundsAccount document, CancellationToken cancellationToken)
    {
        try
        {
            return await repository.CreateAsync(document, cancellationToken);
        }
        catch (DuplicateDocumentException)
        {
            throw new PublicFundsAccountConflictException();
        }
    }

    /// <summary>
    /// The account is the resident's own, in their own name: the edge refuses a proxy's delegated token already, and
    /// this keeps it so for any other caller of the service.
    /// </summary>
    private static void RequireSelf(ResidentContext resident)
    {
        if (resident.IsProxy)
        {
            throw new NotDelegatedException("publicfundsaccount");
        }
    }

    /// <summary>If-Match is compared without its quotes (HTTP quotes entity tags; the local store's are bare).</summary>
    private static bool SameTag(string ifMatch, string etag) =>
        string.Equals(ifMatch.Trim().Trim('"'), etag.Trim('"'), StringComparison.Ordinal);
}
