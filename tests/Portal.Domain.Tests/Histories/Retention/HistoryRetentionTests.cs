using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Contracts.Histories;
using Portal.Domain.Exchanges;
using Portal.Domain.Histories;
using Portal.Domain.Histories.Retention;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.Domain.Tests.Histories.Retention;

/// <summary>
/// The 7-year retention sweep on the real local Cosmos-protocol server, with the clock moved years ahead: what a resident
/// sees in their export afterwards, and that the export still verifies.
/// </summary>
public sealed class HistoryRetentionTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly ManualClock _clock = new(Start);
    private PortalDatabase _database = null!;
    private OperationHistoryStore _operations = null!;
    private ExchangeHistoryStore _exchanges = null!;
    private HistoryKeyRing _keys = null!;
    private HistoryExporter _exporter = null!;
    private HistoryRetention _retention = null!;

    public async Task InitializeAsync()
    {
        _database = new PortalDatabase(cosmos.Client, Options.Create(new CosmosOptions { Database = cosmos.Database.Id }));
        await _database.CreateIfNotExistsAsync([PortalContainers.OperationHistory, PortalContainers.ExchangeHistory], Ct);
        _operations = new OperationHistoryStore(_database, _clock);
        _exchanges = new ExchangeHistoryStore(_database);
        _keys = new HistoryKeyRing(Options.Create(new HistoryKeyOptions { SigningKeys = HistoryTestKey.Value }));
        _exporter = new HistoryExporter(new HistoryHeadSigner(_keys, _clock));
        _retention = new HistoryRetention(_database, _clock, NullLogger<HistoryRetention>.Instance);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HistoryExport> ExportOperationsAsync(ResidentContext resident) =>
        new OperationHistoryExport(_operations, _exporter).ExportAsync(resident, Ct);

    private Task<HistoryExport> ExportExchangesAsync(ResidentContext resident) =>
        new ExchangeHistoryExport(_exchanges, _exporter).ExportAsync(resident, Ct);

    private async Task OperateAsync(ResidentContext resident, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await _operations.AppendAsync(resident, $"op-{i}", null, OperationOutcome.Succeeded, Ct);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private async Task ExchangeAsync(ResidentContext resident, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await _exchanges.AppendOnceAsync(new ExchangeEvent($"{HistoryQueryText.TimeKey(_clock.Now)}-{Guid.NewGuid():N}",
                resident.PrincipalId, _clock.Now, ExchangeKinds.Exchange, new ExchangeParty("131016", "千代田区"), "rr_requester",
                new ExchangeParty("131032", "港区"), "rr_provider", "tax-income", "child-allowance-eligibility", null, false,
                ExchangeOutcomes.Provided), Ct);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private void AssertVerifies(HistoryExport export, HistoryExport? earlier = null)
    {
        var verified = earlier is null ? HistoryVerifier.Verify(export, _keys.ToJsonWebKeySet())
            : HistoryVerifier.VerifyExtends(export, earlier, _keys.ToJsonWebKeySet());
        Assert.True(verified.IsValid, $"{verified.Problem} at {verified.Sequence}");
    }

    private static long[] Sequences(HistoryExport export) => [.. export.Entries.Select(e => e["seq"]!.GetValue<long>())];

    private static string HashOf(HistoryExport export, long sequence) =>
        export.Entries.Single(e => e["seq"]!.GetValue<long>() == sequence)["hash"]!.GetValue<string>();

    [Fact]
    public async Task EntriesOlderThanSevenYearsAreDeletedFromBothHistoriesBehindACheckpointAndTheExportsStillVerify()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        await OperateAsync(resident, 3);
        await ExchangeAsync(resident, 3);
        _clock.Advance(TimeSpan.FromDays(365));
        await OperateAsync(resident, 2);
        await ExchangeAsync(resident, 2);
        var (operationsBefore, exchangesBefore) = (await ExportOperationsAsync(resident), await ExportExchangesAsync(resident));

        _clock.Now = Start + ExchangeRetention.Period + TimeSpan.FromDays(1);
        var result = await _retention.RunAsync(Ct);

        var (operations, exchanges) = (await ExportOperationsAsync(resident), await ExportExchangesAsync(resident));
        Assert.Equal([4L, 5L], Sequences(operations));
        Assert.Equal([4L, 5L], Sequences(exchanges));
        Assert.Equal(new HistoryCheckpoint(4, HashOf(operationsBefore, 3)), operations.Checkpoint);
        Assert.Equal(new HistoryCheckpoint(4, HashOf(exchangesBefore, 3)), exchanges.Checkpoint);
        AssertVerifies(operations, operationsBefore);
        AssertVerifies(exchanges, exchangesBefore);
        Assert.True(result.Operations.Entries >= 3 && result.Exchanges.Entries >= 3, result.ToString());
        Assert.Equal(0, result.Operations.Failed + result.Exchanges.Failed);
    }

    [Fact]
    public async Task ASecondRunTheSameDayChangesNothing()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        await OperateAsync(resident, 4);
        await ExchangeAsync(resident, 4);
        _clock.Advance(TimeSpan.FromDays(400));
        await OperateAsync(resident, 1);
        await ExchangeAsync(resident, 1);
        _clock.Now = Start + ExchangeRetention.Period + TimeSpan.FromDays(2);
        await _retention.RunAsync(Ct);
        var (operations, exchanges) = (await ExportOperationsAsync(resident), await ExportExchangesAsync(resident));

        var again = await _retention.RunAsync(Ct);

        Assert.Equal(new HistoryRetentionResult(new HistoryRetentionCount(0, 0, 0), new HistoryRetentionCount(0, 0, 0)), again);
        var (operationsAgain, exchangesAgain) = (await ExportOperationsAsync(resident), await ExportExchangesAsync(resident));
        Assert.Equal(operations.Checkpoint, operationsAgain.Checkpoint);
        Assert.Equal(exchanges.Checkpoint, exchangesAgain.Checkpoint);
        Assert.Equal([5L], Sequences(operationsAgain));
        Assert.Equal([5L], Sequences(exchangesAgain));
        AssertVerifies(operationsAgain, operations);
        AssertVerifies(exchangesAgain, exchanges);
    }

    [Fact]
    public async Task AResidentWithOnlyOldEntriesKeepsTheNewestAndAppendsContinueFromIt()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        await OperateAsync(resident, 3);
        await ExchangeAsync(resident, 3);
        var (operationsBefore, exchangesBefore) = (await ExportOperationsAsync(resident), await ExportExchangesAsync(resident));

        _clock.Advance(TimeSpan.FromDays(365 * 8));
        await _retention.RunAsync(Ct);
        var again = await _retention.RunAsync(Ct);
        await OperateAsync(resident, 1);

        var (operations, exchanges) = (await ExportOperationsAsync(resident), await ExportExchangesAsync(resident));
        Assert.Equal([3L, 4L], Sequences(operations));
        Assert.Equal([3L], Sequences(exchanges));
        Assert.Equal(new HistoryCheckpoint(3, HashOf(operationsBefore, 2)), operations.Checkpoint);
        Assert.Equal(new HistoryCheckpoint(3, HashOf(exchangesBefore, 2)), exchanges.Checkpoint);
        Assert.Equal(0, again.Operations.Entries + again.Exchanges.Entries);
        AssertVerifies(operations, operationsBefore);
        AssertVerifies(exchanges, exchangesBefore);
    }

    [Fact]
    public async Task EntriesYoungerThanSevenYearsAreKeptWithoutACheckpoint()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        await OperateAsync(resident, 2);
        await ExchangeAsync(resident, 2);

        _clock.Now = Start + ExchangeRetention.Period - TimeSpan.FromDays(1);
        await _retention.RunAsync(Ct);

        var (operations, exchanges) = (await ExportOperationsAsync(resident), await ExportExchangesAsync(resident));
        Assert.Equal([1L, 2L], Sequences(operations));
        Assert.Equal([1L, 2L], Sequences(exchanges));
        Assert.Null(operations.Checkpoint);
        Assert.Null(exchanges.Checkpoint);
    }

    [Fact]
    public async Task EntriesLeftUnderACheckpointByATrimThatStoppedHalfWayAreDeletedByTheNextRun()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        await ExchangeAsync(resident, 4);
        var before = await ExportExchangesAsync(resident);
        // As if a trim to 3 had written its checkpoint and then stopped before deleting anything.
        var container = _database.Container(PortalContainers.ExchangeHistory);
        await container.UpsertItemAsync(new ChainCheckpoint(resident.PrincipalId, 3, HashOf(before, 2)), new PartitionKey(resident.PrincipalId));

        _clock.Now = Start + ExchangeRetention.Period + TimeSpan.FromSeconds(90);
        await _retention.RunAsync(Ct);

        var left = new List<long>();
        using var iterator = container.GetItemQueryIterator<ExchangeRecord>(
            new QueryDefinition("SELECT * FROM c WHERE IS_DEFINED(c.seq)"), null, new QueryRequestOptions { PartitionKey = new PartitionKey(resident.PrincipalId) });
        while (iterator.HasMoreResults)
        {
            left.AddRange((await iterator.ReadNextAsync()).Select(r => r.Sequence!.Value));
        }
        Assert.Equal([3L, 4L], left.Order());
        AssertVerifies(await ExportExchangesAsync(resident), before);
    }
}
