using Microsoft.Azure.Cosmos;

namespace Bot.Core.Storage;

/// <summary>
/// Many documents of a container partitioned by <c>/id</c> read at once: queries of <c>c.id IN (…)</c>, which Cosmos
/// routes to those partitions only (as the local server does, through its per-partition index). A page of pushes reads
/// its accounts' chats this way in a few queries instead of a point read per account and document.
/// </summary>
public static class DocumentsById
{
    /// <summary>Ids per query: well within Cosmos's limits on a query's parameters.</summary>
    public const int IdsPerQuery = 250;

    /// <param name="select">The query before its WHERE, e.g. <c>SELECT * FROM c</c>.</param>
    /// <returns>The documents found, in no particular order; an id without a document is left out.</returns>
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(
        Container container, string select, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        // The chunks side by side: a page's reads take one round trip, not one per chunk.
        var chunks = await Task.WhenAll(ids.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery)
            .Select(chunk => ReadChunkAsync<T>(container, select, chunk, cancellationToken)));
        return [.. chunks.SelectMany(c => c)];
    }

    private static async Task<List<T>> ReadChunkAsync<T>(Container container, string select, string[] ids, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition($"{select} WHERE c.id IN ({string.Join(", ", ids.Select((_, i) => $"@id{i}"))})");
        for (var i = 0; i < ids.Length; i++)
        {
            query = query.WithParameter($"@id{i}", ids[i]);
        }
        var found = new List<T>();
        using var feed = container.GetItemQueryIterator<T>(query);
        while (feed.HasMoreResults)
        {
            found.AddRange(await feed.ReadNextAsync(cancellationToken));
        }
        return found;
    }
}
