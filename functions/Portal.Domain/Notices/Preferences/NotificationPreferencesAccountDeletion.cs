using Portal.Domain.Accounts;

namespace Portal.Domain.Notices.Preferences;

/// <summary>Deleting an account deletes its 通知設定 (about that resident alone). Idempotent.</summary>
public sealed class NotificationPreferencesAccountDeletion(NotificationPreferencesRepository preferences) : IAccountDeletionStep
{
    public Task RunAsync(string accountId, CancellationToken cancellationToken) => preferences.DeleteAsync(accountId, cancellationToken);
}
