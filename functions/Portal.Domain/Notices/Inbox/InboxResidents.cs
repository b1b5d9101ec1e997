using Portal.Domain.Accounts;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Preferences;
using Portal.Domain.Residents;

namespace Portal.Domain.Notices.Inbox;

/// <summary>Reads what decides a resident's inbox from their account and their 通知設定, once per request.</summary>
public sealed class InboxResidents(AccountService accounts, ResidentAreas areas, NotificationPreferencesRepository preferences)
{
    /// <remarks>Interests are those the resident saved; without saved preferences there are none, so a segment for the
    /// interested does not reach them.</remarks>
    /// <exception cref="AccountNotFoundException">The account is gone.</exception>
    public async Task<InboxResident> OfAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(resident.PrincipalId, cancellationToken);
        var saved = await preferences.ReadAsync(account.Id, cancellationToken);
        var profile = account.Profile;
        return new InboxResident(account.Id, areas.ChainOf(profile?.Address), profile?.DateOfBirth,
            saved?.Document.Interests.ToHashSet(StringComparer.Ordinal) ?? new HashSet<string>());
    }
}
