using System.Text.Json;
using Portal.Domain.Errors;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Storage;

namespace Portal.Operator.Catalog;

/// <summary>
/// Writes the procedure templates and the seeded offering sets into <see cref="PortalContainers.Procedures"/>.
/// Idempotent: a document already as it should be is not written again (so a restart changes nothing, not even
/// ETags). A set an agency has changed since (its <c>updatedBy</c> is no longer the seed) is left alone, and a seeded
/// set is replaced only with the ETag it was read with, so an agency's update racing the seed wins.
/// </summary>
internal sealed class CatalogSeeder(PortalDatabase database, int concurrency)
{
    private readonly DocumentStore<ProcedureTemplate> _templates = new(database.Container(PortalContainers.Procedures));
    private readonly DocumentStore<OfferingSet> _sets = new(database.Container(PortalContainers.Procedures));

    public async Task<SeedCounts> SeedTemplatesAsync(IReadOnlyList<ProcedureTemplate> templates, CancellationToken cancellationToken)
    {
        var counts = new SeedCounts();
        await ForEach(templates, async (template, token) =>
        {
            var existing = await _templates.ReadAsync(template.Id, template.PartitionKey, token);
            if (existing is null)
            {
                await _templates.UpsertAsync(template, token);
                counts.Add(SeedOutcome.Created);
            }
            else if (Same(existing.Document, template))
            {
                counts.Add(SeedOutcome.Unchanged);
            }
            else
            {
                // Templates are the repository's data: the repository's version wins.
                await _templates.UpsertAsync(template, token);
                counts.Add(SeedOutcome.Updated);
            }
        }, cancellationToken);
        return counts;
    }

    public async Task<SeedCounts> SeedOfferingSetsAsync(IReadOnlyList<OfferingSet> sets, CancellationToken cancellationToken)
    {
        var counts = new SeedCounts();
        await ForEach(sets, async (set, token) => counts.Add(await SeedSetAsync(set, token)), cancellationToken);
        return counts;
    }

    private async Task<SeedOutcome> SeedSetAsync(OfferingSet set, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var existing = await _sets.ReadAsync(set.Id, set.PartitionKey, cancellationToken);
            try
            {
                if (existing is null)
                {
                    await _sets.CreateAsync(set, cancellationToken);
                    return SeedOutcome.Created;
                }
                if (existing.Document.UpdatedBy != set.UpdatedBy)
                {
                    return SeedOutcome.KeptAgencyChange;
                }
                if (Same(existing.Document, set))
                {
                    return SeedOutcome.Unchanged;
                }
                await _sets.ReplaceAsync(set, existing.ETag, cancellationToken);
                return SeedOutcome.Updated;
            }
            catch (Exception e) when (e is DuplicateDocumentException or ConcurrencyConflictException && attempt < 3)
            {
                // Someone wrote it between our read and write (an agency, or another seed): decide again on what is there now.
            }
        }
    }

    private Task ForEach<T>(IReadOnlyList<T> items, Func<T, CancellationToken, ValueTask> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, body);

    /// <summary>Equal as stored: compared through the documents' own JSON (records with lists do not compare by content).</summary>
    private static bool Same<T>(T stored, T wanted) =>
        JsonSerializer.Serialize(stored, CosmosClientFactory.DocumentJson) == JsonSerializer.Serialize(wanted, CosmosClientFactory.DocumentJson);
}
