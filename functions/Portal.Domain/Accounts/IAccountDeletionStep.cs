namespace Portal.Domain.Accounts;

/// <summary>
/// What another feature holds of an account and ends with it (its logins, say): run by
/// <see cref="AccountService.DeleteAsync"/> before the account itself goes, so a failure leaves the account to be
/// deleted again rather than its logins alive without it.
/// </summary>
public interface IAccountDeletionStep
{
    Task RunAsync(string accountId, CancellationToken cancellationToken);
}
