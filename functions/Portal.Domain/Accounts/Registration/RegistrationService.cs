using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Contracts.Errors;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Email;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Terms;

namespace Portal.Domain.Accounts.Registration;

/// <summary>
/// 利用者登録 (guide 2-B ❶–❻) for a pending account: e-mail notification choice, address and terms (❷–❸), a code to
/// that address (❹), the confirmation screen (❺), registered (❻).
/// </summary>
public sealed class RegistrationService(
    AccountService accounts,
    AccountRepository repository,
    EmailConfirmationStore confirmations,
    TermsRepository terms,
    EmailOutbox outbox,
    OperationHistoryStore history,
    TimeProvider clock,
    ILogger<RegistrationService>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<RegistrationService>.Instance;

    /// <summary>Validates everything at once, stores the pending registration with a new code and e-mails the code.</summary>
    /// <exception cref="InvalidInputException">Any field refused (all of them named).</exception>
    /// <exception cref="AccountStateException">Already registered.</exception>
    /// <exception cref="TermsUnavailableException">No terms in effect (the portal's fault).</exception>
    public Task<EmailConfirmation> StartAsync(ResidentContext resident, RegistrationInput input, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.RegistrationStart, _ => null, async () =>
        {
            var account = RequirePending(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            var current = await terms.FindCurrentAsync(clock.GetUtcNow(), cancellationToken) ?? throw new TermsUnavailableException(null);
            var errors = new List<FieldError>();
            if (EmailAddresses.Check("email", input.Email) is { } email)
            {
                errors.Add(email);
            }
            if (input.NotificationsEnabled is null)
            {
                errors.Add(new FieldError("notificationsEnabled", FieldErrorCodes.Required));
            }
            if (string.IsNullOrEmpty(input.TermsVersion))
            {
                errors.Add(new FieldError("termsVersion", FieldErrorCodes.Required));
            }
            else if (input.TermsVersion != current.Id)
            {
                errors.Add(new FieldError("termsVersion", FieldErrorCodes.NotCurrentTerms));
            }
            InvalidInputException.ThrowIfAny(errors);

            var (confirmation, code) = await confirmations.IssueAsync(
                ConfirmationPurposes.Registration, account.Id, input.Email!, input.NotificationsEnabled, current.Id, cancellationToken);
            await outbox.EnqueueAsync(AccountMail.RegistrationCode(input.Email!, code, confirmation.ExpiresAt), cancellationToken);
            _logger.LogInformation("Sent a registration code for account {AccountId}", account.Id);
            return confirmation;
        }, cancellationToken);

    /// <summary>The confirmation screen (❺): what will be registered.</summary>
    /// <exception cref="ConfirmationRefusedException">Nothing pending, or it expired.</exception>
    public async Task<EmailConfirmation> GetPendingAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        RequirePending(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
        return await confirmations.GetAsync(ConfirmationPurposes.Registration, resident.PrincipalId, cancellationToken);
    }

    /// <summary>The right code registers the account with what was entered; a wrong one only counts against the code.</summary>
    /// <exception cref="ConfirmationRefusedException">Wrong, expired, locked or not started.</exception>
    /// <exception cref="InvalidInputException">The code is not six digits, or the terms were revised since it was sent.</exception>
    public Task<Account> ConfirmAsync(ResidentContext resident, string? code, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, AccountOperations.RegistrationConfirm, _ => null, async () =>
        {
            RequireCodeShape(code);
            RequirePending(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            // Terms revised since the code was sent: the resident agreed to a text no longer in effect. Refused
            // before the code is used, so they can read the new terms and send again.
            var pending = await confirmations.GetAsync(ConfirmationPurposes.Registration, resident.PrincipalId, cancellationToken);
            var current = await terms.FindCurrentAsync(clock.GetUtcNow(), cancellationToken) ?? throw new TermsUnavailableException(null);
            if (pending.TermsVersion != current.Id)
            {
                throw InvalidInputException.For("termsVersion", FieldErrorCodes.NotCurrentTerms);
            }
            var confirmed = await confirmations.ConsumeAsync(ConfirmationPurposes.Registration, resident.PrincipalId, code!, cancellationToken);
            var now = clock.GetUtcNow();
            var stored = await repository.UpdateAsync(resident.PrincipalId, account => RequirePending(account) with
            {
                State = AccountStates.Registered,
                Email = confirmed.Email,
                NotificationsEnabled = confirmed.NotificationsEnabled ?? false,
                AcceptedTerms = new AcceptedTerms(confirmed.TermsVersion!, now),
                RegisteredAt = now,
            }, cancellationToken);
            _logger.LogInformation("Registered account {AccountId}", resident.PrincipalId);
            return stored.Document;
        }, cancellationToken);

    internal static void RequireCodeShape(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            throw InvalidInputException.For("code", FieldErrorCodes.Required);
        }
        if (!ConfirmationCodes.IsWellFormed(code))
        {
            throw InvalidInputException.For("code", FieldErrorCodes.InvalidCode, ConfirmationCodes.Length);
        }
    }

    private static Account RequirePending(Account account) =>
        account.State == AccountStates.Pending ? account : throw new AccountStateException(account.State, AccountStates.Pending);
}
