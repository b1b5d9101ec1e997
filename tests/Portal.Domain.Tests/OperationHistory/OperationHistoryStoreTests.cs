using Portal.Testing;
using Microsoft.Extensions.Options;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;

namespace Portal.Domain.Tests.OperationHistory;

/// <summary>操作履歴 against the real local Cosmos-protocol server.</summary>
public sealed class OperationHistoryStoreTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private OperationHistoryStore _store = null!;

    public async Task InitializeAsync()
    {
        var database = new PortalDatabase(cosmos.Client, Options.Create(new CosmosOptions { Database = cosmos.Database.Id }));
        await database.CreateIfNotExistsAsync([PortalContainers.OperationHistory], CancellationToken.None);
        _store = new OperationHistoryStore(database, _clock);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AResidentSeesOnlyTheirOwnRecordsNewestFirstPageByPage()
    {
        var hanako = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        var taro = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        foreach (var minute in Enumerable.Range(0, 5))
        {
            _clock.Now = Start.AddMinutes(minute);
            await _store.AppendAsync(hanako, $"op-{minute}", null, OperationOutcome.Succeeded, CancellationToken.None);
            await _store.AppendAsync(taro, "other", null, OperationOutcome.Succeeded, CancellationToken.None);
        }

        var seen = new List<string>();
        string? continuation = null;
        do
        {
            var page = await _store.ListAsync(hanako.PrincipalId, Start, Start.AddHours(1), 2, continuation, CancellationToken.None);
            seen.AddRange(page.Items.Select(r => r.Operation));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        Assert.Equal(["op-4", "op-3", "op-2", "op-1", "op-0"], seen);
    }

    [Fact]
    public async Task TheTimeRangeIncludesItsStartAndExcludesItsEnd()
    {
        var resident = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "chatbot");
        foreach (var minute in new[] { 0, 10, 20 })
        {
            _clock.Now = Start.AddMinutes(minute);
            await _store.AppendAsync(resident, $"at-{minute}", "draft-1", OperationOutcome.Succeeded, CancellationToken.None);
        }

        var page = await _store.ListAsync(resident.PrincipalId, Start.AddMinutes(10), Start.AddMinutes(20), 10, null, CancellationToken.None);

        var record = Assert.Single(page.Items);
        Assert.Equal("at-10", record.Operation);
        Assert.Equal("chatbot", record.ClientId);
        Assert.Equal(Start.AddMinutes(10), record.At);
    }
}
