using Microsoft.Azure.Cosmos;
using Portal.Domain.Accounts;
using Portal.Domain.Storage;

namespace Portal.Benchmarks.Notices;

/// <summary>The ids of every account in the benchmark's own database (the seeded residents and no one else).</summary>
public static class SeededAccountIds
{
    public static async Task<IReadOnlyList<string>> ReadAsync(PortalDatabase database, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT VALUE c.id FROM c WHERE c.type = @type").WithParameter("@type", Account.DocumentType);
        using var feed = database.Container(PortalContainers.Residents)
            .GetItemQueryIterator<string>(query, requestOptions: new QueryRequestOptions { MaxItemCount = 5_000 });
        var ids = new List<string>();
        while (feed.HasMoreResults)
        {
            ids.AddRange(await feed.ReadNextAsync(cancellationToken));
        }
        return ids;
    }
}
