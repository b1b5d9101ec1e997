using Microsoft.Azure.Cosmos;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.Links;

/// <summary>The residents' linked sites (<see cref="SiteLink"/>), one document per resident and site.</summary>
public sealed class SiteLinks(PortalDatabase database, TimeProvider clock)
{
    /// <summary>A site calling often writes its last use this often at most.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    private const int MaxAttempts = 5;

    private DocumentStore<SiteLink> Store => new(database.Container(PortalContainers.Residents));

    public async Task<SiteLink?> FindAsync(string accountId, string clientId, CancellationToken cancellationToken) =>
        (await Store.ReadAsync(SiteLink.IdOf(clientId), accountId, cancellationToken))?.Document;

    /// <summary>
    /// Records consent to <paramref name="scopes"/>: a new link, or an existing one now covering these as well (a site
    /// asking for more later adds to what was consented; the first link time stays).
    /// </summary>
    public async Task<SiteLink> LinkAsync(string accountId, string clientId, string siteName, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await Store.ReadAsync(SiteLink.IdOf(clientId), accountId, cancellationToken);
            var now = clock.GetUtcNow();
            var next = current?.Document is { } existing
                ? existing with { SiteName = siteName, Scopes = [.. existing.Scopes.Union(scopes, StringComparer.Ordinal).Order(StringComparer.Ordinal)] }
                : new SiteLink
                {
                    Id = SiteLink.IdOf(clientId), ResidentId = accountId, ClientId = clientId, SiteName = siteName,
                    Scopes = [.. scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], LinkedAt = now,
                };
            try
            {
                return (current is null ? await Store.CreateAsync(next, cancellationToken) : await Store.ReplaceAsync(next, current.ETag, cancellationToken)).Document;
            }
            // Consent given twice at once (two tabs): read the other and merge again.
            catch (Exception e) when (e is ConcurrencyConflictException or DuplicateDocumentException && attempt < MaxAttempts)
            {
            }
        }
    }

    /// <summary>The resident's linked sites, most recently linked first (a resident links a handful at most).</summary>
    public async Task<IReadOnlyList<SiteLink>> ListAsync(string accountId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", SiteLink.DocumentType);
        var all = new List<SiteLink>();
        string? continuation = null;
        do
        {
            var page = await Store.QueryAsync(query, accountId, 100, continuation, cancellationToken);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return [.. all.OrderByDescending(l => l.LinkedAt)];
    }

    /// <summary>Ends the link: consent withdrawn and every token of the site for this resident refused from now on.</summary>
    /// <returns>False when the site was not linked.</returns>
    public Task<bool> UnlinkAsync(string accountId, string clientId, CancellationToken cancellationToken) =>
        Store.DeleteAsync(SiteLink.IdOf(clientId), accountId, null, cancellationToken);

    /// <summary>Refuses every token of the site for this resident issued until now; the link and its consent stay.</summary>
    public Task RevokeTokensAsync(string accountId, string clientId, CancellationToken cancellationToken) =>
        UpdateAsync(accountId, clientId, link => link with { TokensValidAfter = clock.GetUtcNow() }, cancellationToken);

    /// <summary>Notes a use by the site, unless one was noted within <see cref="LastUsedResolution"/>.</summary>
    public async Task TouchAsync(SiteLink link, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (link.LastUsedAt is { } last && now - last < LastUsedResolution)
        {
            return;
        }
        await UpdateAsync(link.ResidentId, link.ClientId, l => l with { LastUsedAt = now }, cancellationToken);
    }

    private async Task UpdateAsync(string accountId, string clientId, Func<SiteLink, SiteLink> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await Store.ReadAsync(SiteLink.IdOf(clientId), accountId, cancellationToken) is not { } current)
            {
                return;
            }
            try
            {
                await Store.ReplaceAsync(change(current.Document), current.ETag, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
            }
        }
    }
}
