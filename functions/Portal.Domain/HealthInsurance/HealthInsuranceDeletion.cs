using Portal.Domain.Accounts;

namespace Portal.Domain.HealthInsurance;

/// <summary>Deleting an account deletes its 利用登録. Idempotent.</summary>
public sealed class HealthInsuranceDeletion(HealthInsuranceRegistrationRepository registrations) : IAccountDeletionStep
{
    public Task RunAsync(string accountId, CancellationToken cancellationToken) => registrations.DeleteAsync(accountId, cancellationToken);
}
