using System.Net;
using Microsoft.Azure.Cosmos;
using Portal.Domain.Errors;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Storage;

namespace Portal.Domain.Procedures.Storage;

/// <summary>
/// The catalog in <see cref="PortalContainers.Procedures"/>: templates in the partition "templates", one offering set
/// per body in the body's own partition. Whole-catalog loads are paged queries; an agency's change is a
/// single-partition read and replace with ETag. Every query is parameterised.
/// </summary>
public sealed class ProcedureCatalogRepository
{
    private const int TemplatePageSize = 500;
    private const int SetPageSize = 200;
    private const int ChangePageSize = 500;

    private readonly Container _container;
    private readonly DocumentStore<ProcedureTemplate> _templates;
    private readonly DocumentStore<OfferingSet> _sets;
    private readonly DocumentStore<CatalogDocument> _changes;

    public ProcedureCatalogRepository(PortalDatabase database)
    {
        _container = database.Container(PortalContainers.Procedures);
        _templates = new DocumentStore<ProcedureTemplate>(_container);
        _sets = new DocumentStore<OfferingSet>(_container);
        _changes = new DocumentStore<CatalogDocument>(_container);
    }

    public async Task<IReadOnlyList<ProcedureTemplate>> LoadTemplatesAsync(CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type")
            .WithParameter("@type", ProcedureTemplate.DocumentType);
        return await ReadAllAsync(_templates, query, ProcedureTemplate.PartitionValue, TemplatePageSize, cancellationToken);
    }

    /// <summary>Every body's set: a cross-partition query (about 2,000 documents), paged.</summary>
    public async Task<IReadOnlyList<OfferingSet>> LoadOfferingSetsAsync(CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type")
            .WithParameter("@type", OfferingSet.DocumentType);
        return await ReadAllAsync(_sets, query, null, SetPageSize, cancellationToken);
    }

    public Task<Stored<ProcedureTemplate>?> ReadTemplateAsync(string id, CancellationToken cancellationToken) =>
        _templates.ReadAsync(id, ProcedureTemplate.PartitionValue, cancellationToken);

    /// <returns>The body's set with its ETag, or null when it has published nothing yet.</returns>
    public Task<Stored<OfferingSet>?> ReadSetAsync(string key, CancellationToken cancellationToken) =>
        _sets.ReadAsync(key, key, cancellationToken);

    /// <exception cref="ConcurrencyConflictException">The set changed since <paramref name="ifMatch"/>.</exception>
    public Task<Stored<OfferingSet>> ReplaceSetAsync(OfferingSet set, string ifMatch, CancellationToken cancellationToken) =>
        _sets.ReplaceAsync(set, ifMatch, cancellationToken);

    /// <exception cref="DuplicateDocumentException">Someone else created the set first.</exception>
    public Task<Stored<OfferingSet>> CreateSetAsync(OfferingSet set, CancellationToken cancellationToken) =>
        _sets.CreateAsync(set, cancellationToken);

    public Task<Stored<ProcedureTemplate>> UpsertTemplateAsync(ProcedureTemplate template, CancellationToken cancellationToken) =>
        _templates.UpsertAsync(template, cancellationToken);

    public Task<Stored<OfferingSet>> UpsertSetAsync(OfferingSet set, CancellationToken cancellationToken) =>
        _sets.UpsertAsync(set, cancellationToken);

    /// <summary>
    /// The change feed's position now. Taken BEFORE a full load, so whatever changes while the load runs is read again
    /// by the next refresh (applying a set twice is harmless: the latest version replaces by key).
    /// </summary>
    public async Task<string> CurrentChangePositionAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var iterator = _container.GetChangeFeedIterator<CatalogDocument>(
                ChangeFeedStartFrom.Now(), ChangeFeedMode.LatestVersion, new ChangeFeedRequestOptions { PageSizeHint = 1 });
            while (true)
            {
                var response = await iterator.ReadNextAsync(cancellationToken);
                // "Now" has nothing to return yet; a racing write is simply picked up by the first refresh.
                if (response.StatusCode == HttpStatusCode.NotModified || response.Count == 0 || !iterator.HasMoreResults)
                {
                    return response.ContinuationToken;
                }
            }
        }
        catch (Exception e) when (StorageFailures.IsUnavailable(e))
        {
            throw new DependencyUnavailableException("cosmos", e);
        }
    }

    /// <summary>Everything changed after <paramref name="continuation"/>, typed; documents of other types are skipped.</summary>
    public async Task<CatalogChanges> ReadChangesAsync(string continuation, CancellationToken cancellationToken)
    {
        var templates = new List<ProcedureTemplate>();
        var sets = new List<OfferingSet>();
        while (true)
        {
            var batch = await _changes.ReadChangesAsync(continuation, ChangePageSize, cancellationToken);
            continuation = batch.Continuation;
            foreach (var change in batch.Changes)
            {
                switch (change.Type)
                {
                    case ProcedureTemplate.DocumentType:
                        templates.Add(change.As<ProcedureTemplate>());
                        break;
                    case OfferingSet.DocumentType:
                        sets.Add(change.As<OfferingSet>());
                        break;
                }
            }
            if (batch.Changes.Count < ChangePageSize)
            {
                return new CatalogChanges(templates, sets, continuation);
            }
        }
    }

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(
        DocumentStore<T> store, QueryDefinition query, string? partitionKey, int pageSize, CancellationToken cancellationToken)
        where T : IDocument
    {
        var all = new List<T>();
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync(query, partitionKey, pageSize, continuation, cancellationToken);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return all;
    }
}
