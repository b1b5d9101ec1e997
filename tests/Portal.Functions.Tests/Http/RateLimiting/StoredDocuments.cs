using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Storage;

namespace Portal.Functions.Tests.Http.RateLimiting;

/// <summary>Counts what the host stored in <c>cardRequests</c> (its own database), to show a refused call wrote nothing.</summary>
public static class StoredDocuments
{
    /// <returns>Device authorizations, and every document (card requests and device authorizations).</returns>
    public static async Task<(int DeviceAuthorizations, int All)> CountCardRequestsContainerAsync(IServiceProvider services)
    {
        var store = new DocumentStore<AnyDocument>(services.GetRequiredService<PortalDatabase>().Container(PortalContainers.CardRequests));
        var all = new List<AnyDocument>();
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync(new QueryDefinition("SELECT * FROM c"), null, 100, continuation, CancellationToken.None);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return (all.Count(d => d.Type == DeviceAuthorization.DocumentType), all.Count);
    }

    /// <summary>Any document: its id and type only.</summary>
    public sealed record AnyDocument(string Id, string? Type) : IDocument
    {
        public string PartitionKey => Id;
    }
}
