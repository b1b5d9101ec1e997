using Microsoft.Azure.Cosmos;

namespace Bot.Core.Storage;

/// <summary>
/// The documents among <c>ids</c> in a container partitioned by id: one query across partitions instead of a point read
/// each, for a notice page's hundreds of accounts (the store answers one request, not hundreds). Missing ids are absent.
/// </summary>
public static class ContainerIdQuery
{
    public static async Task<List<T>> ReadAllAsync<T>(Container container, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<T>(ids.Count);
        if (ids.Count == 0)
        {
            return found;
        }
        var query = new QueryDefinition("SELECT * FROM c WHERE ARRAY_CONTAINS(@ids, c.id)").WithParameter("@ids", ids);
        using var iterator = container.GetItemQueryIterator<T>(query, requestOptions: new QueryRequestOptions { MaxItemCount = 1000 });
        while (iterator.HasMoreResults)
        {
            found.AddRange(await iterator.ReadNextAsync(cancellationToken));
        }
        return found;
    }
}
