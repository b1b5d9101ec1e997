using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Tests.Storage;

/// <summary>
/// The local Cosmos-protocol server reads only the partitions a query is scoped to (its partition key, or <c>=</c> /
/// <c>IN</c> or <c>ARRAY_CONTAINS</c> of a list of values on the key in its WHERE) from a per-partition index. Each query here is compared, page by page, with the
/// same query written so that it scans the whole container (<c>ARRAY_CONTAINS(…) = true</c> over the owners, a term
/// that pins no partition), after the index has had to follow replaces, deletes and TTL expiry.
/// </summary>
public sealed class PartitionScopedQueryTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const int PageSize = 2;

    /// <summary>A query the index serves, its partition key option (null: cross-partition), and the scanning twin.</summary>
    public static TheoryData<string, string?, string> Queries() => new()
    {
        { "SELECT * FROM c WHERE c.owner = @alice", null, Scan("@justAlice") },
        { "SELECT * FROM c WHERE c.owner IN (@alice, @bob)", null, Scan("@aliceAndBob") },
        {
            "SELECT * FROM c WHERE c.label != 'x' AND c.owner IN (@bob, @alice, @nobody) ORDER BY c.label DESC", null,
            "SELECT * FROM c WHERE c.label != 'x' AND ARRAY_CONTAINS(@aliceAndBob, c.owner) = true ORDER BY c.label DESC"
        },
        { "SELECT * FROM root r WHERE r[\"owner\"] IN ('alice', 'bob') ORDER BY r.id", null, Scan("@aliceAndBob") + " ORDER BY c.id" },
        { "SELECT * FROM c", "alice", Scan("@justAlice") },
        { "SELECT * FROM c WHERE c.owner = @nobody", null, Scan("[]") },
        { "SELECT * FROM c WHERE ARRAY_CONTAINS(@aliceAndBob, c.owner)", null, Scan("@aliceAndBob") },
        { "SELECT * FROM c WHERE c.label != 'x' AND ARRAY_CONTAINS(['bob', 'alice', 'nobody'], c.owner, false)", null, Scan("@aliceAndBob") },
        { "SELECT * FROM c WHERE ARRAY_CONTAINS(@justAlice, c.owner) ORDER BY c.label DESC", null, Scan("@justAlice") + " ORDER BY c.label DESC" },
        { "SELECT * FROM c WHERE ARRAY_CONTAINS([], c.owner)", null, Scan("[]") },
        // Paths other than the partition key, from an index of their own; the narrowest term wins.
        { "SELECT * FROM c WHERE c.label = 'v1'", null, "SELECT * FROM c WHERE (c.label = 'v1') = true" },
        { "SELECT * FROM c WHERE c.label = 'v2' AND c.owner = @alice", null, "SELECT * FROM c WHERE (c.label = 'v2') = true" },
        { "SELECT * FROM c WHERE c.id IN ('b2', 'a1', 'c1', 'zz')", null, "SELECT * FROM c WHERE ARRAY_CONTAINS(['b2', 'a1', 'c1', 'zz'], c.id) = true" },
        {
            "SELECT c.id, c.owner, c.label FROM c WHERE ARRAY_CONTAINS(@someIds, c.id) AND c.label = 'v1' ORDER BY c.id DESC", null,
            "SELECT c.id, c.owner, c.label FROM c WHERE ARRAY_CONTAINS(@someIds, c.id) = true AND (c.label = 'v1') = true ORDER BY c.id DESC"
        },
        { "SELECT * FROM c WHERE c.label = 'v1' AND c.id = 'a2'", null, "SELECT * FROM c WHERE ARRAY_CONTAINS([], c.id) = true" },
    };

    /// <summary>The scanning twin: <c>= true</c> makes the term a comparison, which pins no partition.</summary>
    private static string Scan(string owners) => $"SELECT * FROM c WHERE ARRAY_CONTAINS({owners}, c.owner) = true";

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task APartitionScopedQueryPagesThroughTheSameDocumentsInTheSameOrderAsAFullScan(
        string scoped, string? partitionKey, string scanning)
    {
        var store = await StoreAfterReplacesDeletesAndExpiryAsync();

        var fromIndex = await PagesAsync(store, scoped, partitionKey);
        var fromScan = await PagesAsync(store, scanning, null);

        Assert.Equal(fromScan, fromIndex);
        Assert.DoesNotContain(fromIndex, page => page.Contains("a2:") || page.Contains("a3:"));
    }

    [Fact]
    public async Task AReplacedDocumentIsReadOnceInItsNewVersionAndADeletedOrExpiredOneNotAtAll()
    {
        var store = await StoreAfterReplacesDeletesAndExpiryAsync();

        var pages = await PagesAsync(store, "SELECT * FROM c WHERE c.owner IN (@alice, @bob)", null);

        // Without ORDER BY the server returns documents in _rid order (creation order): a replace keeps its place.
        Assert.Equal(["a1:v2,a4:v1", "b1:v1,b2:v1", "a5:v1"], pages);
    }

    /// <summary>
    /// alice a1..a5 and bob b1, b2, carol c1, read once through the partition, label and id indexes (so they normally
    /// exist before the writes, unless a slow machine let a3's 3 s run out already); then a1 replaced (v2), a2 deleted,
    /// a3 expired.
    /// </summary>
    private async Task<DocumentStore<Parcel>> StoreAfterReplacesDeletesAndExpiryAsync()
    {
        var store = await cosmos.NewParcelStoreAsync();
        await store.CreateAsync(new Parcel("a1", "alice", "v1"), None);
        await store.CreateAsync(new Parcel("a2", "alice", "v1"), None);
        await store.CreateAsync(new Parcel("a3", "alice", "v1", Ttl: 3), None);
        await store.CreateAsync(new Parcel("c1", "carol", "v1"), None);
        await store.CreateAsync(new Parcel("a4", "alice", "v1"), None);
        await store.CreateAsync(new Parcel("b1", "bob", "v1"), None);
        await store.CreateAsync(new Parcel("b2", "bob", "v1"), None);
        await store.CreateAsync(new Parcel("a5", "alice", "v1"), None);
        Assert.StartsWith("a1:v1,a2:v1", (await PagesAsync(store, "SELECT * FROM c WHERE c.owner IN (@alice, @bob)", null))[0]);
        Assert.StartsWith("a1:v1,a2:v1", (await PagesAsync(store, "SELECT * FROM c WHERE c.label = 'v1'", null))[0]);
        Assert.StartsWith("a1:v1,a2:v1", (await PagesAsync(store, "SELECT * FROM c WHERE c.id IN ('a1', 'a2', 'a3')", null))[0]);

        await store.UpsertAsync(new Parcel("a1", "alice", "v2"), None);
        await store.DeleteAsync("a2", "alice", null, None);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await store.ReadAsync("a3", "alice", None) is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
        return store;
    }

    /// <summary>Every page of the query, <see cref="PageSize"/> at a time, each as "id:label,id:label".</summary>
    private static async Task<List<string>> PagesAsync(DocumentStore<Parcel> store, string text, string? partitionKey)
    {
        var query = new QueryDefinition(text)
            .WithParameter("@alice", "alice")
            .WithParameter("@bob", "bob")
            .WithParameter("@nobody", "nobody")
            .WithParameter("@justAlice", new[] { "alice" })
            .WithParameter("@aliceAndBob", new[] { "alice", "bob" })
            .WithParameter("@someIds", new[] { "a1", "a4", "a5", "b1", "c1", "a2" });
        var pages = new List<string>();
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync(query, partitionKey, PageSize, continuation, None);
            pages.Add(string.Join(",", page.Items.Select(p => $"{p.Id}:{p.Label}")));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null && pages.Count < 20);
        return pages;
    }
}
