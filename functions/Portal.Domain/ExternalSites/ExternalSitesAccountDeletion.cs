using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.ExternalSites.Pairwise;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites;

/// <summary>
/// Deleting an account ends its links (every site's tokens stop working) and removes the subjects sites knew it by,
/// so no site's sub resolves to anyone afterwards. Idempotent, as the deletion is retried whole.
/// </summary>
public sealed class ExternalSitesAccountDeletion(SiteLinks links, PortalDatabase database, ILogger<ExternalSitesAccountDeletion> logger)
    : IAccountDeletionStep
{
    public async Task RunAsync(string accountId, CancellationToken cancellationToken)
    {
        var (unlinked, subjects) = (0, 0);
        foreach (var link in await links.ListAsync(accountId, cancellationToken))
        {
            unlinked += await links.UnlinkAsync(accountId, link.ClientId, cancellationToken) ? 1 : 0;
        }
        var entries = new DocumentStore<PairwiseSubjectEntry>(database.Container(PortalContainers.Residents));
        // Each subject is in a partition of its own: a cross-partition query, run only when an account is deleted.
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.accountId = @account")
            .WithParameter("@type", PairwiseSubjectEntry.DocumentType)
            .WithParameter("@account", accountId);
        // The first page each time: deleting what a page found would shift a continuation past others.
        while ((await entries.QueryAsync(query, null, 100, null, cancellationToken)).Items is { Count: > 0 } found)
        {
            foreach (var entry in found)
            {
                subjects += await entries.DeleteAsync(entry.Id, entry.ResidentId, null, cancellationToken) ? 1 : 0;
            }
        }
        logger.LogInformation("Deleted {Links} site links and {Subjects} pairwise subjects of a deleted account", unlinked, subjects);
    }
}
