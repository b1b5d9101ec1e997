using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using Portal.Contracts.Histories;
using Portal.Domain.Histories;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.Domain.Tests.OperationHistory;

/// <summary>操作履歴 as a hash chain on the real local Cosmos-protocol server: appends, races, retention, the export.</summary>
public sealed class OperationHistoryChainTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private OperationHistoryStore _store = null!;
    private OperationHistoryExport _export = null!;
    private HistoryKeyRing _keys = null!;
    private Container _container = null!;

    public async Task InitializeAsync()
    {
        var database = new PortalDatabase(cosmos.Client, Options.Create(new CosmosOptions { Database = cosmos.Database.Id }));
        await database.CreateIfNotExistsAsync([PortalContainers.OperationHistory], CancellationToken.None);
        _container = database.Container(PortalContainers.OperationHistory);
        _store = new OperationHistoryStore(database, _clock);
        _keys = new HistoryKeyRing(Options.Create(new HistoryKeyOptions { SigningKeys = HistoryTestKey.Value }));
        _export = new OperationHistoryExport(_store, new HistoryExporter(new HistoryHeadSigner(_keys, _clock)));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TwentyConcurrentAppendsMakeOneChainWithoutGapsOrForks()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");

        var appended = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => _store.AppendAsync(resident, $"op-{i}", null, OperationOutcome.Succeeded, CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), appended.Select(r => r.Sequence!.Value).Order());
        var export = await _export.ExportAsync(resident, CancellationToken.None);
        Assert.Equal(20, export.Entries.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"op-{i}").Order(), export.Entries.Select(e => e["operation"]!.GetValue<string>()).Order());
        var verified = HistoryVerifier.Verify(export, _keys.ToJsonWebKeySet());
        Assert.True(verified.IsValid, $"{verified.Problem} at {verified.Sequence}");
        Assert.Equal(20, verified.Head!.Sequence);
    }

    [Fact]
    public async Task AnAppendAfterAHeadHintThatLagsTakesTheNextFreeNumber()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        foreach (var i in Enumerable.Range(0, 3))
        {
            await _store.AppendAsync(resident, $"op-{i}", null, OperationOutcome.Succeeded, CancellationToken.None);
        }
        // As if the hint updates after the first append had all been lost.
        await _container.UpsertItemAsync(new ChainHead(resident.PrincipalId, 1, (await _store.Chain.ReadAsync(resident.PrincipalId, CancellationToken.None)).Entries[0].Hash!),
            new PartitionKey(resident.PrincipalId));

        var next = await _store.AppendAsync(resident, "op-3", null, OperationOutcome.Succeeded, CancellationToken.None);

        Assert.Equal(4, next.Sequence);
        Assert.True(HistoryVerifier.Verify(await _export.ExportAsync(resident, CancellationToken.None), _keys.ToJsonWebKeySet()).IsValid);
    }

    [Fact]
    public async Task RetentionLeavesACheckpointFromWhichTheKeptEntriesStillVerifyAndAppendsContinue()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        foreach (var i in Enumerable.Range(0, 5))
        {
            await _store.AppendAsync(resident, $"op-{i}", null, OperationOutcome.Succeeded, CancellationToken.None);
        }
        var before = await _export.ExportAsync(resident, CancellationToken.None);

        await _store.Chain.TrimAsync(resident.PrincipalId, 4, CancellationToken.None);
        await _store.AppendAsync(resident, "op-5", null, OperationOutcome.Succeeded, CancellationToken.None);
        var after = await _export.ExportAsync(resident, CancellationToken.None);

        Assert.Equal(new HistoryCheckpoint(4, before.Entries[2]["hash"]!.GetValue<string>()), after.Checkpoint);
        Assert.Equal([4L, 5L, 6L], after.Entries.Select(e => e["seq"]!.GetValue<long>()));
        var verified = HistoryVerifier.VerifyExtends(after, before, _keys.ToJsonWebKeySet());
        Assert.True(verified.IsValid, $"{verified.Problem} at {verified.Sequence}");
    }

    [Fact]
    public async Task RecordsFromBeforeTheChainAreListedAndExportedApartAndTheChainStartsAfterThem()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        var legacyAt = Start.AddDays(-1);
        await _container.CreateItemAsync(new OperationRecord($"{legacyAt.UtcDateTime:yyyyMMddHHmmssfffffff}-{Guid.NewGuid():N}",
            resident.PrincipalId, resident.ActorId, "web", "sign-in", null, OperationOutcome.Succeeded, legacyAt), new PartitionKey(resident.PrincipalId));
        await _store.AppendAsync(resident, "account.email.change", null, OperationOutcome.Succeeded, CancellationToken.None);

        var page = await _store.ListAsync(resident.PrincipalId, Start.AddDays(-2), Start.AddDays(1), 10, null, CancellationToken.None);
        var export = await _export.ExportAsync(resident, CancellationToken.None);

        Assert.Equal(["account.email.change", "sign-in"], page.Items.Select(r => r.Operation));
        Assert.Equal("sign-in", Assert.Single(export.BeforeChain)["operation"]!.GetValue<string>());
        Assert.Null(export.BeforeChain[0]["seq"]);
        Assert.Equal(1, Assert.Single(export.Entries)["seq"]!.GetValue<long>());
        Assert.True(HistoryVerifier.Verify(export, _keys.ToJsonWebKeySet()).IsValid);
    }

    [Fact]
    public async Task TheExportShowsExactlyWhatTheHashCoversAndTheSignedHeadIsTheLastEntry()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "chatbot");
        await _store.AppendAsync(resident, "draft.create", "draft-1", OperationOutcome.Succeeded, CancellationToken.None);

        var export = await _export.ExportAsync(resident, CancellationToken.None);

        var entry = Assert.Single(export.Entries);
        Assert.Equal(["actorId", "at", "clientId", "hash", "operation", "outcome", "seq", "target"], entry.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(HistoryChainHash.Next(HistoryChainHash.Genesis, JsonNode.Parse(
            $$"""{"seq":1,"at":"2026-11-27T09:00:00.0000000Z","operation":"draft.create","target":"draft-1","clientId":"chatbot","actorId":"{{resident.ActorId}}","outcome":"succeeded"}""")!.AsObject()),
            entry["hash"]!.GetValue<string>());
        Assert.True(CompactJws.TryRead(export.Head, out var header, out var payload));
        Assert.Equal("history-head+jwt", header["typ"]!.GetValue<string>());
        Assert.Equal(new HistoryHead("operations", resident.PrincipalId, 1, entry["hash"]!.GetValue<string>(), Start), HistoryHead.FromPayload(payload));
    }
}
