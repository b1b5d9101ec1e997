using Portal.Domain.Accounts;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Residents;

namespace Portal.Domain.Notices.Inbox;

/// <summary>Reads what decides a resident's inbox from their account, once per request.</summary>
public sealed class InboxResidents(AccountService accounts, ResidentAreas areas)
{
    /// <remarks>There is no interests setting yet, so a segment for the interested reaches nobody (issue 15 adds one
    /// with the notification preferences).</remarks>
    /// <exception cref="AccountNotFoundException">The account is gone.</exception>
    public async Task<InboxResident> OfAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(resident.PrincipalId, cancellationToken);
        var profile = account.Profile;
        return new InboxResident(account.Id, areas.ChainOf(profile?.Address), profile?.DateOfBirth, new HashSet<string>());
    }
}
