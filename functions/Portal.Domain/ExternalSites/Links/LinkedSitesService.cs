using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;

namespace Portal.Domain.ExternalSites.Links;

/// <summary>
/// 連携中のサイト as the resident manages them: the list, and unlinking one, which withdraws the consent and stops
/// every token of the site for this resident at its next call (the external API reads the link each time). Each unlink
/// is in 操作履歴.
/// </summary>
public sealed class LinkedSitesService(AccountService accounts, SiteLinks links, OperationHistoryStore history, ILogger<LinkedSitesService> logger)
{
    /// <exception cref="AccountNotFoundException">The account is gone.</exception>
    public async Task<IReadOnlyList<SiteLink>> ListAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
        return await links.ListAsync(resident.PrincipalId, cancellationToken);
    }

    /// <exception cref="SiteLinkNotFoundException">Not linked (an unlink already done answers the same).</exception>
    public Task UnlinkAsync(ResidentContext resident, string siteId, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, ExternalSiteOperations.Unlink, _ => siteId, async () =>
        {
            AccountService.RequireRegistered(await accounts.GetAsync(resident.PrincipalId, cancellationToken));
            if (!await links.UnlinkAsync(resident.PrincipalId, siteId, cancellationToken))
            {
                throw new SiteLinkNotFoundException();
            }
            logger.LogInformation("Account {AccountId} unlinked site {ClientId}", resident.PrincipalId, siteId);
            return true;
        }, cancellationToken);
}
