using Portal.Domain.Accounts;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>Deleting an account deletes its 公金受取口座. Idempotent.</summary>
public sealed class PublicFundsAccountDeletion(PublicFundsAccountRepository accounts) : IAccountDeletionStep
{
    public Task RunAsync(string accountId, CancellationToken cancellationToken) => accounts.DeleteAsync(accountId, null, cancellationToken);
}
