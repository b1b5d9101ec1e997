using Bot.Channels.Line.Hosting;
using Bot.Core.Conversations;
using Bot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Line.Tests.Fakes;

/// <summary>
/// The LINE channel wired as a host wires it (<see cref="LineServiceCollectionExtensions.AddLineChannel"/>), with its
/// base URL on the fake API, the test secret and token, short retry delays, and the given database and engine.
/// </summary>
public sealed class LineChannelHarness : IAsyncDisposable
{
    public const string ChannelSecret = "test-channel-secret";

    private readonly ServiceProvider services;

    private LineChannelHarness(ServiceProvider services, FakeLineApi api, RecordingEngine engine)
    {
        this.services = services;
        Api = api;
        Engine = engine;
    }

    public FakeLineApi Api { get; }

    public RecordingEngine Engine { get; }

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    /// <param name="settings">Settings over the defaults (e.g. <c>Bot:Line:MulticastPerSecond</c>).</param>
    public static async Task<LineChannelHarness> StartAsync(BotDatabase? database = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var api = await FakeLineApi.StartAsync();
        var engine = new RecordingEngine();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Line:ChannelSecret"] = ChannelSecret,
            ["Bot:Line:ChannelAccessToken"] = FakeLineApi.AccessToken,
            ["Bot:Line:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Bot:Line:RetryBaseDelay"] = "00:00:00.010",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();

        var collection = new ServiceCollection().AddLogging();
        collection.AddSingleton<IConversationEngine>(engine);
        if (database is not null)
        {
            collection.AddSingleton(database);
        }

        collection.AddLineChannel(configuration);
        return new LineChannelHarness(collection.BuildServiceProvider(), api, engine);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Api.DisposeAsync();
    }
}
