using Microsoft.Azure.Cosmos;

namespace Portal.Domain.Storage;

/// <summary>
/// How many documents match each of a few values, counted in the store: one <c>SELECT VALUE COUNT(1)</c> per value,
/// side by side, so each answer is one number however many documents match (a national notice's read marks may be
/// millions). A <c>GROUP BY</c> would do it in one query, but the local Cosmos-protocol server refuses it.
/// </summary>
public static class ValueCounts
{
    /// <param name="countOf">The count query for one value.</param>
    /// <param name="partitionedByValue">Whether the value is also the partition key (each count stays in one partition).</param>
    public static async Task<Dictionary<string, int>> OfAsync(Container container, IReadOnlyList<string> values,
        Func<string, QueryDefinition> countOf, bool partitionedByValue, CancellationToken cancellationToken)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        var counts = await Task.WhenAll(distinct.Select(value =>
            CountAsync(container, countOf(value), partitionedByValue ? value : null, cancellationToken)));
        return distinct.Zip(counts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private static async Task<int> CountAsync(Container container, QueryDefinition query, string? partitionKey, CancellationToken cancellationToken)
    {
        var options = new QueryRequestOptions { PartitionKey = partitionKey is null ? null : new PartitionKey(partitionKey) };
        using var iterator = container.GetItemQueryIterator<int>(query, null, options);
        var total = 0;
        while (iterator.HasMoreResults)
        {
            // Partial counts (one per partition range a gateway answers separately) add up.
            foreach (var count in await iterator.ReadNextAsync(cancellationToken))
            {
                total += count;
            }
        }
        return total;
    }
}
