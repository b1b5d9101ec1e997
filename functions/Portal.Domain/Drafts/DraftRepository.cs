using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Drafts;

/// <summary>Drafts in <c>drafts</c>: always read within the resident's partition, except the expiry sweep.</summary>
public sealed class DraftRepository(PortalDatabase database)
{
    private DocumentStore<Draft> Store => new(database.Container(PortalContainers.Drafts));

    public Task<Stored<Draft>> CreateAsync(Draft draft, CancellationToken cancellationToken) => Store.CreateAsync(draft, cancellationToken);

    public Task<Stored<Draft>?> ReadAsync(string residentId, string id, CancellationToken cancellationToken) =>
        Store.ReadAsync(id, residentId, cancellationToken);

    /// <exception cref="Errors.ConcurrencyConflictException">The draft changed since <paramref name="ifMatch"/>.</exception>
    public Task<Stored<Draft>> ReplaceAsync(Draft draft, string ifMatch, CancellationToken cancellationToken) =>
        Store.ReplaceAsync(draft, ifMatch, cancellationToken);

    public Task<bool> DeleteAsync(string residentId, string id, string? ifMatch, CancellationToken cancellationToken) =>
        Store.DeleteAsync(id, residentId, ifMatch, cancellationToken);

    /// <summary>The resident's drafts, most recently changed first (a resident keeps a few dozen at most).</summary>
    public async Task<IReadOnlyList<Draft>> ListAsync(string residentId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.residentId = @resident AND c.type = @type")
            .WithParameter("@resident", residentId)
            .WithParameter("@type", Draft.DocumentType);
        var all = await ReadAllAsync(query, residentId, cancellationToken);
        return [.. all.OrderByDescending(d => d.UpdatedAt)];
    }

    /// <summary>Every draft, across partitions, for the expiry sweep (which compares the times itself: serialized
    /// timestamps with offsets and varying fractions are not safe to compare as strings).</summary>
    public Task<List<Draft>> AllAsync(CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", Draft.DocumentType);
        return ReadAllAsync(query, null, cancellationToken);
    }

    private async Task<List<Draft>> ReadAllAsync(QueryDefinition query, string? partitionKey, CancellationToken cancellationToken)
    {
        var all = new List<Draft>();
        string? continuation = null;
        do
        {
            var page = await Store.QueryAsync(query, partitionKey, 100, continuation, cancellationToken);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return all;
    }
}
