using Portal.Domain.Accounts;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Preferences;

/// <summary>通知設定 of the signed-in resident: what they saved, else the defaults from their registration's メール通知.</summary>
public sealed class NotificationPreferencesService(
    AccountService accounts, NotificationPreferencesRepository repository, TimeProvider clock)
{
    /// <returns>The saved preferences with their ETag, or the defaults with none.</returns>
    public async Task<(NotificationPreferences Preferences, string? ETag)> GetAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        if (await repository.ReadAsync(resident.PrincipalId, cancellationToken) is { } stored)
        {
            return (stored.Document, stored.ETag);
        }
        var account = AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
        return (NotificationPreferences.Defaults(account.Id, account.NotificationsEnabled), null);
    }

    /// <summary>Replaces the whole setting after checking all of it (nothing is stored when any of it is refused).</summary>
    /// <exception cref="InvalidInputException">A bad field.</exception>
    public async Task<Stored<NotificationPreferences>> SaveAsync(
        ResidentContext resident, NotificationPreferencesInput input, string? ifMatch, CancellationToken cancellationToken)
    {
        var preferences = NotificationPreferencesValidator.Validate(resident.PrincipalId, input, clock.GetUtcNow());
        AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
        return await repository.SaveAsync(preferences, ifMatch, cancellationToken);
    }
}
