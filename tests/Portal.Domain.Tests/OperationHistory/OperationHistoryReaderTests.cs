using Microsoft.Extensions.Options;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.OperationHistory;

/// <summary>操作履歴 as the query string asks for it: defaults, ranges, pages, and every bad value named.</summary>
public sealed class OperationHistoryReaderTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Now);
    private OperationHistoryStore _store = null!;
    private OperationHistoryReader _reader = null!;

    public async Task InitializeAsync()
    {
        var database = new PortalDatabase(cosmos.Client, Options.Create(new CosmosOptions { Database = cosmos.Database.Id }));
        await database.CreateIfNotExistsAsync([PortalContainers.OperationHistory], CancellationToken.None);
        _store = new OperationHistoryStore(database, _clock);
        _reader = new OperationHistoryReader(_store, _clock);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string?, string?, string?, string?, string[]> BadQueries => new()
    {
        { "yesterday", null, null, null, ["from invalid-time"] },
        { "2026-13-01", null, null, null, ["from invalid-time"] },
        { "2026-11-01T09:00:00", null, null, null, ["from invalid-time"] },
        { null, "11/27/2026", null, null, ["to invalid-time"] },
        { "2026-11-27", "2026-11-01", null, null, ["from invalid-range"] },
        { null, null, "0", null, ["pageSize out-of-range"] },
        { null, null, "101", null, ["pageSize out-of-range"] },
        { null, null, "ten", null, ["pageSize out-of-range"] },
        { null, null, "-5", null, ["pageSize out-of-range"] },
        { null, null, null, "not base64url!", ["continuationToken invalid-continuation"] },
        { "bad", "bad", "0", "!", ["to invalid-time", "from invalid-time", "pageSize out-of-range", "continuationToken invalid-continuation"] },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task BadQueryValuesAreRefusedTogether(string? from, string? to, string? pageSize, string? continuation, string[] expected)
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            _reader.ListAsync(ResidentContext.Self("acc-x", "web"), from, to, pageSize, continuation, CancellationToken.None));

        Assert.Equal(expected, refused.Errors.Select(e => $"{e.Field} {e.Code}"));
    }

    [Fact]
    public async Task TheDefaultIsTheLast90DaysUpToNowInclusiveNewestFirstInPages()
    {
        var hanako = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        foreach (var daysAgo in new[] { 91, 60, 30, 1, 0 })
        {
            _clock.Now = Now.AddDays(-daysAgo);
            await _store.AppendAsync(hanako, $"op-{daysAgo}", null, OperationOutcome.Succeeded, CancellationToken.None);
        }
        _clock.Now = Now;

        var seen = new List<string>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await _reader.ListAsync(hanako, null, null, "2", continuation, CancellationToken.None);
            seen.AddRange(page.Items.Select(r => r.Operation));
            continuation = page.ContinuationToken;
            pages++;
        }
        while (continuation is not null && pages < 10);

        Assert.Equal(["op-0", "op-1", "op-30", "op-60"], seen);
        Assert.True(pages >= 2);
    }

    [Fact]
    public async Task ARangeWithOffsetsSelectsExactly()
    {
        var hanako = ResidentContext.Self($"acc-{Guid.NewGuid():N}", "web");
        foreach (var hour in new[] { 0, 1, 2, 3 })
        {
            _clock.Now = Now.AddHours(hour);
            await _store.AppendAsync(hanako, $"op-{hour}", null, OperationOutcome.Succeeded, CancellationToken.None);
        }

        // 09:00Z is 18:00 JST: from 10:00Z to 11:00Z, both ends inclusive.
        var page = await _reader.ListAsync(hanako, "2026-11-27T19:00:00+09:00", "2026-11-27T11:00:00Z", null, null, CancellationToken.None);

        Assert.Equal(["op-2", "op-1"], page.Items.Select(r => r.Operation));
    }
}
