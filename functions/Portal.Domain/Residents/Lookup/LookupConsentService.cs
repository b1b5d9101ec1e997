using Microsoft.Extensions.Logging;
using Portal.Contracts.Errors;
using Portal.Domain.Accounts;
using Portal.Domain.OperationHistory;

namespace Portal.Domain.Residents.Lookup;

/// <summary>
/// 本人確認情報の照会 consent: the profile was read to fill forms, so letting agencies find the resident by it is a
/// purpose of its own, off until the resident allows it and withdrawn as easily. The account holds the choice (the
/// truth a lookup checks); the index follows it. Each change is in 操作履歴, never a value of the profile.
/// </summary>
public sealed class LookupConsentService(
    AccountService accounts, AccountRepository repository, LookupIndex index, LookupKeys keys, OperationHistoryStore history,
    TimeProvider clock, ILogger<LookupConsentService> logger)
{
    public async Task<LookupConsent> GetAsync(ResidentContext resident, CancellationToken cancellationToken) =>
        View(AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken)));

    /// <summary>Allows or withdraws; the same choice again changes nothing but is still recorded as asked.</summary>
    /// <exception cref="InvalidInputException">No choice given.</exception>
    public Task<LookupConsent> SetAsync(ResidentContext resident, bool? allowed, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.LookupConsentUpdate, c => c.Allowed ? "allowed" : "withdrawn", async () =>
        {
            if (allowed is not { } allow)
            {
                throw InvalidInputException.For("allowed", FieldErrorCodes.Required);
            }
            var stored = await repository.UpdateAsync(resident.PrincipalId, account =>
                (AccountService.RequireRegistered(account).LookupAllowedAt is not null) == allow
                    ? account
                    : account with { LookupAllowedAt = allow ? clock.GetUtcNow() : null }, cancellationToken);
            // After the account: a withdrawal is in force before its entry goes, and an allowance is written again
            // by asking again if the entry could not be.
            if (stored.Document.Profile is { } profile)
            {
                var key = keys.Of(profile);
                await (allow ? index.PutAsync(key, stored.Document.Id, cancellationToken) : index.RemoveAsync(key, stored.Document.Id, cancellationToken));
            }
            logger.LogInformation("Lookup consent of account {AccountId} is now {Allowed}", resident.PrincipalId, allow);
            return View(stored.Document);
        }, cancellationToken);

    private static LookupConsent View(Account account) => new(account.LookupAllowedAt is not null, account.LookupAllowedAt, account.Profile is not null);
}
