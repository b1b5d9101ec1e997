using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Email;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Notices.Inbox;
using Portal.Domain.Notices.Sending;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Testing;

namespace Portal.Benchmarks.Notices;

/// <summary>
/// お知らせ on the real local stack (Cosmos-protocol server + Azurite, <see cref="LocalStack"/>), registered as the host
/// registers it (<c>AddAccounts</c>, <c>AddNoticeInbox</c>, <c>AddNoticeSending</c>), over a database of its own
/// (<c>bench-notices-…</c>, deleted at the end) and queues of its own, with a <see cref="CosmosWriteCounter"/> in the
/// client's pipeline and the pushes recorded on their way to the chatbot's queue.
/// </summary>
public sealed class NoticeBenchmarkStack : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _suffix;

    private NoticeBenchmarkStack(
        CosmosClient client, PortalDatabase database, StorageAccount storage, CosmosWriteCounter writes,
        RecordingNoticePushes pushes, ServiceProvider services, string suffix)
    {
        Client = client;
        Database = database;
        Storage = storage;
        Writes = writes;
        Pushes = pushes;
        _services = services;
        _suffix = suffix;
    }

    public CosmosClient Client { get; }

    public PortalDatabase Database { get; }

    public StorageAccount Storage { get; }

    public CosmosWriteCounter Writes { get; }

    public RecordingNoticePushes Pushes { get; }

    public string FanOutQueueName => "bench-fanout-" + _suffix;

    public string PushQueueName => "bench-pushes-" + _suffix;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<NoticeBenchmarkStack> StartAsync()
    {
        var stack = await LocalStack.GetAsync();
        var writes = new CosmosWriteCounter();
        var client = NewClient(stack.Cosmos.Endpoint, stack.Cosmos.Key, writes);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var database = new PortalDatabase(client, Options.Create(new CosmosOptions { Database = $"bench-notices-{suffix}" }));
        await database.CreateIfNotExistsAsync(PortalContainers.All, CancellationToken.None);
        var storage = StorageAccount.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.ConnectionName] = stack.Storage.ConnectionString })
            .Build());
        var pushes = new RecordingNoticePushes(new ChatbotNoticePushes(new ChatbotEventQueue(storage, "bench-pushes-" + suffix), TimeProvider.System));
        var services = Services(database, storage, pushes, "bench-fanout-" + suffix);
        return new NoticeBenchmarkStack(client, database, storage, writes, pushes, services, suffix);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Client.GetDatabase(Database.Name).DeleteAsync();
        await Storage.Queue(FanOutQueueName).DeleteIfExistsAsync();
        await Storage.Queue(PushQueueName).DeleteIfExistsAsync();
        Client.Dispose();
    }

    /// <summary>
    /// The product's client settings (<see cref="CosmosClientFactory"/>) plus the counter; a longer request timeout,
    /// because the local server answers nothing while it writes its snapshot of a 100,000-account database.
    /// </summary>
    private static CosmosClient NewClient(Uri endpoint, string key, CosmosWriteCounter writes) => new(endpoint.ToString(), key, new CosmosClientOptions
    {
        ApplicationName = "portal-bench",
        ConnectionMode = ConnectionMode.Gateway,
        LimitToEndpoint = true,
        RequestTimeout = TimeSpan.FromSeconds(60),
        MaxRetryAttemptsOnRateLimitedRequests = 3,
        MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(5),
        UseSystemTextJsonSerializerWithOptions = CosmosClientFactory.DocumentJson,
        CustomHandlers = { writes },
    });

    /// <summary>The features as the host registers them; the recording pushes are registered first, so they are the ones used.</summary>
    private static ServiceProvider Services(PortalDatabase database, StorageAccount storage, RecordingNoticePushes pushes, string fanOutQueue)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Identity:Tokens:Issuer"] = "https://portal.example/api",
            [NoticeFanOutQueue.QueueSetting] = fanOutQueue,
        }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(database)
            .AddSingleton(storage)
            .AddSingleton<INoticePushes>(pushes)
            .AddSingleton<TimeProvider>(DaytimeClock.Create())
            .AddEmail(settings)
            .AddOperationHistory()
            .AddCardRequests(settings)
            .AddAccounts()
            .AddNoticeInbox()
            .AddNoticeSending(settings)
            .BuildServiceProvider();
    }
}
