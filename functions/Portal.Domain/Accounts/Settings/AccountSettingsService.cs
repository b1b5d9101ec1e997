using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Contracts.Errors;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Accounts.Registration;
using Portal.Domain.Email;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Terms;

namespace Portal.Domain.Accounts.Settings;

/// <summary>利用者登録変更 (guide 3-G, アカウント設定): notifications, e-mail address (confirmed by code), terms. Registered accounts only.</summary>
public sealed class AccountSettingsService(
    AccountService accounts,
    AccountRepository repository,
    EmailConfirmationStore confirmations,
    TermsRepository terms,
    EmailOutbox outbox,
    OperationHistoryStore history,
    TimeProvider clock,
    ILogger<AccountSettingsService>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<AccountSettingsService>.Instance;

    /// <summary>
    /// Changes the メール通知 choice. Without <paramref name="ifMatch"/> a concurrent write is re-read and this change
    /// applied over it (nothing is lost); with it, a newer version is a 412.
    /// </summary>
    public Task<Stored<Account>> UpdateNotificationsAsync(
        ResidentContext resident, bool? notificationsEnabled, string? ifMatch, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.SettingsUpdate, _ => "notificationsEnabled", async () =>
        {
            if (notificationsEnabled is not { } enabled)
            {
                throw InvalidInputException.For("notificationsEnabled", FieldErrorCodes.Required);
            }
            return await repository.UpdateAsync(resident.PrincipalId, account =>
                AccountService.RequireRegistered(account).NotificationsEnabled == enabled
                    ? account
                    : account with { NotificationsEnabled = enabled }, cancellationToken, ifMatch);
        }, cancellationToken);

    /// <summary>Sends a code to the NEW address; the address changes only when the code comes back.</summary>
    public Task<EmailConfirmation> StartEmailChangeAsync(ResidentContext resident, string? email, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.EmailChangeStart, _ => null, async () =>
        {
            var account = AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            if (EmailAddresses.Check("email", email) is { } error)
            {
                throw new InvalidInputException([error]);
            }
            if (string.Equals(email, account.Email, StringComparison.OrdinalIgnoreCase))
            {
                throw InvalidInputException.For("email", FieldErrorCodes.Unchanged);
            }
            var (confirmation, code) = await confirmations.IssueAsync(
                ConfirmationPurposes.EmailChange, account.Id, email!, null, null, cancellationToken);
            await outbox.EnqueueAsync(AccountMail.EmailChangeCode(email!, code, confirmation.ExpiresAt), cancellationToken);
            _logger.LogInformation("Sent an e-mail change code for account {AccountId}", account.Id);
            return confirmation;
        }, cancellationToken);

    /// <summary>The right code changes the address; the old address is told that it changed.</summary>
    public Task<Account> ConfirmEmailChangeAsync(ResidentContext resident, string? code, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.EmailChange, _ => null, async () =>
        {
            RegistrationService.RequireCodeShape(code);
            AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            var confirmed = await confirmations.ConsumeAsync(ConfirmationPurposes.EmailChange, resident.PrincipalId, code!, cancellationToken);
            string? previous = null;
            var stored = await repository.UpdateAsync(resident.PrincipalId, account =>
            {
                previous = AccountService.RequireRegistered(account).Email;
                return account with { Email = confirmed.Email };
            }, cancellationToken);
            if (previous is not null && !string.Equals(previous, confirmed.Email, StringComparison.OrdinalIgnoreCase))
            {
                await outbox.EnqueueAsync(AccountMail.EmailChanged(previous, clock.GetUtcNow()), cancellationToken);
            }
            _logger.LogInformation("Changed the e-mail address of account {AccountId}", resident.PrincipalId);
            return stored.Document;
        }, cancellationToken);

    /// <summary>The accepted version's text and the version in effect now.</summary>
    public async Task<AccountTerms> GetTermsAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var account = AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
        var accepted = account.AcceptedTerms ?? throw new AccountStateException(account.State, AccountStates.Registered);
        var text = await terms.FindAsync(accepted.Version, cancellationToken) ?? throw new TermsUnavailableException(accepted.Version);
        var current = await terms.FindCurrentAsync(clock.GetUtcNow(), cancellationToken) ?? text;
        return new AccountTerms(accepted, text, current);
    }

    /// <summary>Accepts the version in effect (only that one: a resident never accepts an old or future text).</summary>
    public Task<Account> AcceptTermsAsync(ResidentContext resident, string? version, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.TermsAccept, a => a.AcceptedTerms?.Version, async () =>
        {
            if (string.IsNullOrEmpty(version))
            {
                throw InvalidInputException.For("version", FieldErrorCodes.Required);
            }
            var now = clock.GetUtcNow();
            var current = await terms.FindCurrentAsync(now, cancellationToken) ?? throw new TermsUnavailableException(null);
            if (version != current.Id)
            {
                throw InvalidInputException.For("version", FieldErrorCodes.NotCurrentTerms);
            }
            return (await repository.UpdateAsync(resident.PrincipalId, account =>
                AccountService.RequireRegistered(account).AcceptedTerms?.Version == version
                    ? account
                    : account with { AcceptedTerms = new AcceptedTerms(version, now) }, cancellationToken)).Document;
        }, cancellationToken);
}
