using Microsoft.Azure.Cosmos;

namespace Portal.Domain.Storage;

/// <summary>
/// How many times each value a <c>SELECT VALUE</c> query returns occurs, over all its pages: the counting a
/// <c>GROUP BY</c> would do in the store, which the local Cosmos-protocol server refuses.
/// </summary>
public static class ValueCounts
{
    public static async Task<Dictionary<string, int>> OfAsync(Container container, QueryDefinition query, string? partitionKey,
        CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var options = new QueryRequestOptions
        {
            MaxItemCount = 1000,
            PartitionKey = partitionKey is null ? null : new PartitionKey(partitionKey),
        };
        using var iterator = container.GetItemQueryIterator<string>(query, null, options);
        while (iterator.HasMoreResults)
        {
            foreach (var value in await iterator.ReadNextAsync(cancellationToken))
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
        return counts;
    }
}
