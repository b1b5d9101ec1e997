using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;

namespace Portal.Domain.Residents.Lookup;

/// <summary>
/// Keeps the index in step with the account: a re-read profile moves the entry to its new key, a deleted profile or
/// account takes it away. Without consent there is nothing to keep.
/// </summary>
public sealed class LookupUpkeep(AccountRepository accounts, LookupIndex index, LookupKeys keys) : IProfileChangeStep, IAccountDeletionStep
{
    public async Task RunAsync(Account before, Account after, CancellationToken cancellationToken)
    {
        var was = KeyOf(before);
        var now = KeyOf(after);
        if (now is not null)
        {
            await index.PutAsync(now, after.Id, cancellationToken);
        }
        if (was is not null && was != now)
        {
            await index.RemoveAsync(was, before.Id, cancellationToken);
        }
    }

    public async Task RunAsync(string accountId, CancellationToken cancellationToken)
    {
        if ((await accounts.FindAsync(accountId, cancellationToken))?.Document is { Profile: { } profile } account)
        {
            // Whatever the consent now, an entry may be left from before it was withdrawn.
            await index.RemoveAsync(keys.Of(profile), account.Id, cancellationToken);
        }
    }

    private string? KeyOf(Account account) =>
        account is { LookupAllowedAt: not null, Profile: { } profile } ? keys.Of(profile) : null;
}
