using Microsoft.Azure.Cosmos;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Tests.Storage;

/// <summary>
/// The repository contract, against the real SDK and the local Cosmos-protocol server: what every feature
/// repository relies on. If the server or the launcher regresses, these fail.
/// </summary>
public sealed class DocumentStoreContractTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CreatedDocumentReadsBackWithItsETag()
    {
        var store = await cosmos.NewParcelStoreAsync();
        var created = await store.CreateAsync(new Parcel("p1", "alice", "児童手当"), None);

        var read = await store.ReadAsync("p1", "alice", None);

        Assert.NotNull(read);
        Assert.Equal(new Parcel("p1", "alice", "児童手当"), read.Document);
        Assert.Equal(created.ETag, read.ETag);
    }

    [Fact]
    public async Task CreatingAnExistingIdIsRefusedAndKeepsTheFirst()
    {
        var store = await cosmos.NewParcelStoreAsync();
        await store.CreateAsync(new Parcel("p1", "alice", "first"), None);

        await Assert.ThrowsAsync<DuplicateDocumentException>(() => store.CreateAsync(new Parcel("p1", "alice", "second"), None));

        Assert.Equal("first", (await store.ReadAsync("p1", "alice", None))!.Document.Label);
    }

    [Fact]
    public async Task ReadingAMissingDocumentGivesNothingRatherThanAnError()
    {
        var store = await cosmos.NewParcelStoreAsync();
        await store.CreateAsync(new Parcel("p1", "alice", "x"), None);

        Assert.Null(await store.ReadAsync("nope", "alice", None));
        Assert.Null(await store.ReadAsync("p1", "bob", None));
    }

    [Fact]
    public async Task UpsertCreatesThenReplacesWithANewETag()
    {
        var store = await cosmos.NewParcelStoreAsync();
        var first = await store.UpsertAsync(new Parcel("p1", "alice", "v1"), None);
        var second = await store.UpsertAsync(new Parcel("p1", "alice", "v2"), None);

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("v2", (await store.ReadAsync("p1", "alice", None))!.Document.Label);
    }

    [Fact]
    public async Task ReplacingWithAStaleETagIsRefusedAndTheOtherWriterKeepsTheirChange()
    {
        var store = await cosmos.NewParcelStoreAsync();
        var original = await store.CreateAsync(new Parcel("p1", "alice", "v1"), None);
        await store.ReplaceAsync(new Parcel("p1", "alice", "phone"), original.ETag, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => store.ReplaceAsync(new Parcel("p1", "alice", "pc"), original.ETag, None));

        Assert.Equal("phone", (await store.ReadAsync("p1", "alice", None))!.Document.Label);
    }

    [Fact]
    public async Task DeletingWithAStaleETagIsRefusedAndDeletingTwiceReportsNothingDeleted()
    {
        var store = await cosmos.NewParcelStoreAsync();
        var original = await store.CreateAsync(new Parcel("p1", "alice", "v1"), None);
        var current = await store.UpsertAsync(new Parcel("p1", "alice", "v2"), None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.DeleteAsync("p1", "alice", original.ETag, None));
        Assert.True(await store.DeleteAsync("p1", "alice", current.ETag, None));
        Assert.False(await store.DeleteAsync("p1", "alice", null, None));
    }

    [Fact]
    public async Task QueryScopedToAPartitionSeesOnlyThatPartition()
    {
        var store = await cosmos.NewParcelStoreAsync();
        await store.CreateAsync(new Parcel("a1", "alice", "same"), None);
        await store.CreateAsync(new Parcel("a2", "alice", "same"), None);
        await store.CreateAsync(new Parcel("b1", "bob", "same"), None);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.label = @label").WithParameter("@label", "same");

        var alice = await store.QueryAsync(query, "alice", 10, null, None);
        var everyone = await store.QueryAsync(query, null, 10, null, None);

        Assert.Equal(["a1", "a2"], alice.Items.Select(p => p.Id).Order());
        Assert.Equal(["a1", "a2", "b1"], everyone.Items.Select(p => p.Id).Order());
    }

    [Fact]
    public async Task QueryPagesThroughEveryDocumentOnceWithContinuationTokens()
    {
        var store = await cosmos.NewParcelStoreAsync();
        foreach (var i in Enumerable.Range(1, 5))
        {
            await store.CreateAsync(new Parcel($"p{i}", "alice", $"label-{i}"), None);
        }
        await store.CreateAsync(new Parcel("other", "bob", "label-0"), None);
        var query = new QueryDefinition("SELECT * FROM c ORDER BY c.label DESC");

        var seen = new List<string>();
        var pages = 0;
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync(query, "alice", 2, continuation, None);
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items.Select(p => p.Label));
            continuation = page.ContinuationToken;
            pages++;
        }
        while (continuation is not null && pages < 10);

        Assert.Equal(["label-5", "label-4", "label-3", "label-2", "label-1"], seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task DocumentsDisappearOnceTheirTimeToLiveHasPassed()
    {
        var store = await cosmos.NewParcelStoreAsync();
        await store.CreateAsync(new Parcel("short", "alice", "x", Ttl: 1), None);
        await store.CreateAsync(new Parcel("forever", "alice", "x"), None);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await store.ReadAsync("short", "alice", None) is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Null(await store.ReadAsync("short", "alice", None));
        Assert.NotNull(await store.ReadAsync("forever", "alice", None));
    }

    [Fact]
    public async Task ChangeFeedGivesEachChangeOnceAndResumesWhereItLeftOff()
    {
        var store = await cosmos.NewParcelStoreAsync();
        await store.CreateAsync(new Parcel("p1", "alice", "v1"), None);
        await store.CreateAsync(new Parcel("p2", "bob", "v1"), None);

        var first = await store.ReadChangesAsync(null, 100, None);
        var nothingNew = await store.ReadChangesAsync(first.Continuation, 100, None);
        await store.UpsertAsync(new Parcel("p1", "alice", "v2"), None);
        await store.CreateAsync(new Parcel("p3", "alice", "v1"), None);
        var second = await store.ReadChangesAsync(nothingNew.Continuation, 100, None);

        Assert.Equal(["p1", "p2"], first.Changes.Select(p => p.Id).Order());
        Assert.Empty(nothingNew.Changes);
        Assert.Equal(["p1:v2", "p3:v1"], second.Changes.Select(p => $"{p.Id}:{p.Label}").Order());
    }
}
