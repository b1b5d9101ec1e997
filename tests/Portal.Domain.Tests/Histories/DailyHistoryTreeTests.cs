using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Contracts.Histories;
using Portal.Domain.Exchanges;
using Portal.Domain.Histories;
using Portal.Domain.Histories.Trees;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.Domain.Tests.Histories;

/// <summary>
/// The daily tree on the real local stack (chains in the Cosmos-protocol server, trees in Azurite): one tree a day
/// whatever the runs, every resident's real head a leaf, and exports that prove their head was in it.
/// </summary>
public sealed class DailyHistoryTreeTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>, IAsyncLifetime
{
    // 2026-12-07 15:10 UTC is 2026-12-08 00:10 in Japan: the tree is of the Japanese day.
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 15, 10, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private readonly string _trees = $"history-trees-{Guid.NewGuid():N}";
    private HistoryKeyRing _keys = null!;
    private OperationHistoryStore _store = null!;
    private OperationHistoryExport _export = null!;
    private HistoryTreeStore _treeStore = null!;
    private DailyHistoryTree _daily = null!;
    private Container _container = null!;
    private ExchangeHistoryStore _exchanges = null!;
    private ExchangeHistoryExport _exchangeExport = null!;

    public async Task InitializeAsync()
    {
        var database = new PortalDatabase(cosmos.Client, Options.Create(new CosmosOptions { Database = cosmos.Database.Id }));
        await database.CreateIfNotExistsAsync([PortalContainers.OperationHistory, PortalContainers.ExchangeHistory], CancellationToken.None);
        _container = database.Container(PortalContainers.OperationHistory);
        var stack = await LocalStack.GetAsync();
        var storage = StorageAccount.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.ConnectionName] = stack.Storage.ConnectionString })
            .Build());
        _keys = new HistoryKeyRing(Options.Create(new HistoryKeyOptions { SigningKeys = HistoryTestKey.Value }));
        _store = new OperationHistoryStore(database, _clock);
        _treeStore = new HistoryTreeStore(storage, _trees);
        var exporter = new HistoryExporter(new HistoryHeadSigner(_keys, _clock), new HistoryTreeProofs(_treeStore));
        _export = new OperationHistoryExport(_store, exporter);
        _exchanges = new ExchangeHistoryStore(database);
        _exchangeExport = new ExchangeHistoryExport(_exchanges, exporter);
        _daily = new DailyHistoryTree(
            [new ChainedHistory(OperationHistoryExport.History, PortalContainers.OperationHistory),
             new ChainedHistory(ExchangeHistoryExport.History, PortalContainers.ExchangeHistory)],
            new ChainHeads(database), _treeStore, _keys, _clock, NullLogger<DailyHistoryTree>.Instance);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TwoRunsOnTheSameDayWriteOneTreeWithTheHeadsOfTheFirst()
    {
        var residents = await ResidentsWithAsync(2, 3);

        var first = await _daily.RunAsync(CancellationToken.None);
        var written = await _treeStore.ReadAsync("2026-12-08", CancellationToken.None);
        await AppendAsync(residents[0], 1);
        _clock.Advance(TimeSpan.FromHours(20));
        var second = await _daily.RunAsync(CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        var stored = await _treeStore.ReadAsync("2026-12-08", CancellationToken.None);
        Assert.Equal(written!.TreeHead, stored!.TreeHead);
        Assert.Equal("2026-12-08", await _treeStore.LatestDayAsync(CancellationToken.None));
        Assert.Equal([2L, 3L], residents.Select(r => LeafOf(stored, r).Seq));
        Assert.True(CompactJws.TryRead(stored.TreeHead, out var header, out var payload));
        Assert.Equal(TreeHead.Type, header["typ"]!.GetValue<string>());
        var head = TreeHead.FromPayload(payload)!;
        Assert.Equal(new TreeHead(stored.Leaves.Count, Convert.ToHexStringLower(MerkleTree.RootHash([.. stored.Leaves.Select(l => l.LeafHash())])), "2026-12-08", Start), head);
    }

    [Fact]
    public async Task TheNextDaysRunWritesANewTreeAndExportsProveTheHeadInTheLatest()
    {
        var residents = await ResidentsWithAsync(1, 2);
        await _daily.RunAsync(CancellationToken.None);
        await AppendAsync(residents[0], 2);
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.True(await _daily.RunAsync(CancellationToken.None));
        var export = await _export.ExportAsync(residents[0], CancellationToken.None);

        Assert.Equal("2026-12-09", await _treeStore.LatestDayAsync(CancellationToken.None));
        Assert.Equal(new TreeLeaf("operations", residents[0].PrincipalId, 3, export.Entries[2]["hash"]!.GetValue<string>()), export.Inclusion!.Leaf);
        var verified = HistoryVerifier.Verify(export, _keys.ToJsonWebKeySet());
        Assert.True(verified.IsValid, $"{verified.Problem} at {verified.Sequence}");
        Assert.Equal("2026-12-09", verified.Tree!.Day);
    }

    [Fact]
    public async Task AnExportWhoseChainGrewSinceTheTreeProvesTheOlderHeadAndStillVerifies()
    {
        var residents = await ResidentsWithAsync(3);
        await _daily.RunAsync(CancellationToken.None);
        await AppendAsync(residents[0], 2);

        var export = await _export.ExportAsync(residents[0], CancellationToken.None);

        Assert.Equal(3, export.Inclusion!.Leaf.Seq);
        Assert.Equal(5, export.Entries.Count);
        var verified = HistoryVerifier.Verify(export, _keys.ToJsonWebKeySet());
        Assert.True(verified.IsValid, $"{verified.Problem} at {verified.Sequence}");
    }

    [Fact]
    public async Task AHeadHintThatLagsStillGivesTheChainsRealHeadAsTheLeaf()
    {
        var residents = await ResidentsWithAsync(3);
        var chain = await _store.Chain.ReadAsync(residents[0].PrincipalId, CancellationToken.None);
        await _container.UpsertItemAsync(new ChainHead(residents[0].PrincipalId, 1, chain.Entries[0].Hash!), new PartitionKey(residents[0].PrincipalId));

        await _daily.RunAsync(CancellationToken.None);

        var leaf = LeafOf((await _treeStore.ReadAsync("2026-12-08", CancellationToken.None))!, residents[0]);
        Assert.Equal((3L, chain.Entries[2].Hash), (leaf.Seq, leaf.Hash));
    }

    [Fact]
    public async Task BeforeAnyTreeAndForAResidentNewerThanTheTreeTheExportHasNoInclusion()
    {
        var before = await ResidentsWithAsync(1);
        var noTreeYet = await _export.ExportAsync(before[0], CancellationToken.None);
        await _daily.RunAsync(CancellationToken.None);
        var newer = await ResidentsWithAsync(1);

        var export = await _export.ExportAsync(newer[0], CancellationToken.None);

        Assert.Null(noTreeYet.Inclusion);
        Assert.Null(export.Inclusion);
        Assert.True(HistoryVerifier.Verify(export, _keys.ToJsonWebKeySet()).IsValid);
    }

    [Fact]
    public async Task AResidentsExchangeHistoryIsALeafOfTheSameTreeAndItsExportProvesIt()
    {
        var resident = (await ResidentsWithAsync(1))[0];
        var chiyoda = new ExchangeParty("131016", "千代田区");
        for (var i = 0; i < 2; i++)
        {
            await _exchanges.AppendOnceAsync(new ExchangeEvent($"x-{Guid.NewGuid():N}", resident.PrincipalId, _clock.GetUtcNow(), ExchangeKinds.ApplicationRead,
                chiyoda, "rr_test", null, null, null, null, "A0000000001", false, ExchangeOutcomes.Provided), CancellationToken.None);
        }

        await _daily.RunAsync(CancellationToken.None);
        var export = await _exchangeExport.ExportAsync(resident, CancellationToken.None);

        var tree = (await _treeStore.ReadAsync("2026-12-08", CancellationToken.None))!;
        Assert.Equal(["exchanges", "operations"], tree.Leaves.Where(l => l.Sub == resident.PrincipalId).Select(l => l.History).Order());
        Assert.Equal(new TreeLeaf("exchanges", resident.PrincipalId, 2, export.Entries[1]["hash"]!.GetValue<string>()), export.Inclusion!.Leaf);
        var verified = HistoryVerifier.Verify(export, _keys.ToJsonWebKeySet());
        Assert.True(verified.IsValid, $"{verified.Problem} at {verified.Sequence}");
    }

    /// <summary>The resident's leaf (the class's database also holds other tests' residents).</summary>
    private static TreeLeaf LeafOf(HistoryTree tree, ResidentContext resident) => Assert.Single(tree.Leaves, l => l.Sub == resident.PrincipalId);

    /// <summary>One new resident per count, each with that many operations.</summary>
    private async Task<List<ResidentContext>> ResidentsWithAsync(params int[] counts)
    {
        var residents = new List<ResidentContext>();
        foreach (var count in counts)
        {
            var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
            await AppendAsync(resident, count);
            residents.Add(resident);
        }
        return residents;
    }

    private async Task AppendAsync(ResidentContext resident, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await _store.AppendAsync(resident, $"op-{i}", null, OperationOutcome.Succeeded, CancellationToken.None);
        }
    }
}
