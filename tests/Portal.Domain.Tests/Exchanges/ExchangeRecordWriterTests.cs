using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Contracts.Histories;
using Portal.Domain.Exchanges;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;

namespace Portal.Domain.Tests.Exchanges;

/// <summary>The outbox's writer against the real local Cosmos-protocol server: once per exchange, each side in its own partition.</summary>
public sealed class ExchangeRecordWriterTests(CosmosDatabaseFixture cosmos) : IClassFixture<CosmosDatabaseFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private PortalDatabase _database = null!;
    private ExchangeHistoryStore _history = null!;
    private AgencyExchangeLog _logs = null!;
    private ExchangeRecordWriter _writer = null!;

    public async Task InitializeAsync()
    {
        _database = new PortalDatabase(cosmos.Client, Options.Create(new CosmosOptions { Database = cosmos.Database.Id }));
        await _database.CreateIfNotExistsAsync([PortalContainers.ExchangeHistory, PortalContainers.AgencyExchangeLogs], CancellationToken.None);
        _history = new ExchangeHistoryStore(_database);
        _logs = new AgencyExchangeLog(_database);
        _writer = new ExchangeRecordWriter(_history, _logs, NullLogger<ExchangeRecordWriter>.Instance);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static ExchangeEvent Exchange(string resident, string requester, string provider, string outcome = ExchangeOutcomes.Provided) =>
        new($"20261127090000000000-{Guid.NewGuid():N}", resident, At, ExchangeKinds.Exchange,
            new ExchangeParty(requester, "千代田区"), "rr_requesterRefOfResidentA", new ExchangeParty(provider, "港区"),
            "rr_providerRefOfResidentAA", "tax-income", "child-allowance-eligibility", null, false, outcome);

    [Fact]
    public async Task ARedeliveredExchangeIsWrittenOnceToTheResidentsChainAndToEachSidesLog()
    {
        var resident = $"acc-{Guid.NewGuid():N}";
        var (requester, provider) = ($"1{Random.Shared.Next(10000, 99999)}", $"national-{Guid.NewGuid():N}");
        var exchange = Exchange(resident, requester, provider);

        await _writer.WriteAsync(exchange, CancellationToken.None);
        await _writer.WriteAsync(exchange, CancellationToken.None);
        await _writer.WriteAsync(exchange with { }, CancellationToken.None);

        var chain = await _history.Chain.ReadAsync(resident, CancellationToken.None);
        var entry = Assert.Single(chain.Entries);
        Assert.Equal((exchange.Id, 1L), (entry.ExchangeId, entry.Sequence!.Value));
        var requesterLog = Assert.Single((await _logs.ListAsync(requester, 10, null, CancellationToken.None)).Items);
        var providerLog = Assert.Single((await _logs.ListAsync(provider, 10, null, CancellationToken.None)).Items);
        Assert.Equal((AgencyExchangeLogEntry.RequesterSide, "rr_requesterRefOfResidentA"), (requesterLog.Side, requesterLog.ResidentRef));
        Assert.Equal((AgencyExchangeLogEntry.ProviderSide, "rr_providerRefOfResidentAA"), (providerLog.Side, providerLog.ResidentRef));
    }

    [Fact]
    public async Task DeliveriesOfOneExchangeRunningAtTheSameMomentWriteItOnceAndTheChainStillVerifies()
    {
        var resident = $"acc-{Guid.NewGuid():N}";
        var (requester, provider) = ($"1{Random.Shared.Next(10000, 99999)}", $"national-{Guid.NewGuid():N}");
        await _writer.WriteAsync(Exchange(resident, requester, provider), CancellationToken.None);
        // A second handler with its own stores, as another instance of the app has.
        var other = new ExchangeRecordWriter(new ExchangeHistoryStore(_database), new AgencyExchangeLog(_database), NullLogger<ExchangeRecordWriter>.Instance);
        var twice = Enumerable.Range(0, 3).Select(_ => Exchange(resident, requester, provider)).ToList();
        var unrelated = Enumerable.Range(0, 2).Select(_ => Exchange(resident, requester, provider)).ToList();

        await Task.WhenAll(twice.SelectMany(e => new[] { _writer.WriteAsync(e, CancellationToken.None), other.WriteAsync(e with { }, CancellationToken.None) })
            .Concat(unrelated.Select(e => other.WriteAsync(e, CancellationToken.None))));
        await _writer.WriteAsync(twice[0], CancellationToken.None);

        var chain = (await _history.Chain.ReadAsync(resident, CancellationToken.None)).Entries;
        Assert.Equal(6, chain.Count);
        Assert.All(twice.Concat(unrelated), e => Assert.Single(chain, entry => entry.ExchangeId == e.Id));
        var previous = HistoryChainHash.Genesis;
        foreach (var (entry, index) in chain.Select((entry, index) => (entry, index)))
        {
            Assert.Equal(index + 1, entry.Sequence);
            Assert.Equal(HistoryChainHash.Next(previous, entry.ToEntry()), entry.Hash);
            previous = entry.Hash!;
        }
        Assert.Equal(6, (await _logs.ListAsync(requester, 100, null, CancellationToken.None)).Items.Count);
        Assert.Equal(6, (await _logs.ListAsync(provider, 100, null, CancellationToken.None)).Items.Count);
    }

    [Fact]
    public async Task AnAgencysLogHoldsNoAccountIdAndExpiresAfterTheRetention()
    {
        var resident = $"acc-{Guid.NewGuid():N}";
        var requester = $"1{Random.Shared.Next(10000, 99999)}";
        await _writer.WriteAsync(Exchange(resident, requester, $"insurer-{Guid.NewGuid():N}", ExchangeOutcomes.Refused), CancellationToken.None);

        var stored = await RawAsync(PortalContainers.AgencyExchangeLogs, requester);

        var document = Assert.Single(stored);
        Assert.DoesNotContain(resident, document.GetRawText(), StringComparison.Ordinal);
        Assert.Equal((int)ExchangeRetention.Period.TotalSeconds, document.GetProperty("ttl").GetInt32());
        Assert.Equal("refused", document.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task ExchangesWithoutAProviderWriteOnlyTheRequestersLog()
    {
        var resident = $"acc-{Guid.NewGuid():N}";
        var requester = $"1{Random.Shared.Next(10000, 99999)}";
        var read = Exchange(resident, requester, "unused") with
        {
            Kind = ExchangeKinds.ApplicationRead, Provider = null, ProviderRef = null, Category = null, Purpose = null, Target = "2026-1127-0001-01",
        };

        await _writer.WriteAsync(read, CancellationToken.None);

        Assert.Single((await _logs.ListAsync(requester, 10, null, CancellationToken.None)).Items);
        Assert.Empty((await _logs.ListAsync("unused", 10, null, CancellationToken.None)).Items);
        Assert.Null(Assert.Single((await _history.Chain.ReadAsync(resident, CancellationToken.None)).Entries).Provider);
    }

    private async Task<List<System.Text.Json.JsonElement>> RawAsync(ContainerDefinition definition, string partition)
    {
        using var iterator = _database.Container(definition).GetItemQueryStreamIterator("SELECT * FROM c",
            requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(partition) });
        var documents = new List<System.Text.Json.JsonElement>();
        while (iterator.HasMoreResults)
        {
            using var response = await iterator.ReadNextAsync();
            using var json = await System.Text.Json.JsonDocument.ParseAsync(response.Content);
            documents.AddRange(json.RootElement.GetProperty("Documents").EnumerateArray().Select(d => d.Clone()));
        }
        return documents;
    }
}
