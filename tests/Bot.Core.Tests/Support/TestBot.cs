using Portal.Testing.Hosting;
using Bot.Core.Channels;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Login;
using Bot.Core.Messages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Support;

/// <summary>One bot process wired by <see cref="BotCoreServiceCollectionExtensions.AddBotCore"/>, its portal calls through a handler the test controls.</summary>
public sealed class TestBot : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private int _messages;

    /// <param name="settings">Settings over the defaults (e.g. <c>Bot:Line:LiffId</c>).</param>
    public TestBot(BotTestHost host, IReadOnlyDictionary<string, string?> settings)
        : this(host, null, settings)
    {
    }

    /// <param name="configure">Changes to the bot's services after the core's (e.g. a login poll queue of the test's).</param>
    /// <param name="settings">Settings over the defaults (e.g. <c>Bot:Line:LiffId</c>).</param>
    public TestBot(BotTestHost host, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Handler = new InterceptingHandler(host.Portal.Server.CreateHandler());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Cosmos:Endpoint"] = host.Stack.Cosmos.Endpoint.ToString(),
            ["Bot:Cosmos:Key"] = host.Stack.Cosmos.Key,
            ["Bot:Cosmos:Database"] = host.BotDatabaseName,
            ["Bot:Portal:BaseUrl"] = "http://portal.test",
            ["Bot:Portal:Resilience:Retry:Delay"] = "00:00:00.010",
            ["Bot:Portal:Resilience:Retry:MaxRetryAttempts"] = "2",
        }).AddInMemoryCollection(global::Portal.Testing.Hosting.ChatbotClientKey.BotSettings).AddInMemoryCollection(BotStateKey.BotSettings).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton<ILoginPollQueue>(Polls);
        foreach (var channel in new[] { Bot.Core.Messages.Channels.WebChat, Bot.Core.Messages.Channels.Line, Bot.Core.Messages.Channels.Teams })
        {
            var sender = new RecordedSends(channel);
            Sent[channel] = sender;
            services.AddSingleton<IProactiveSender>(sender);
        }
        services.AddBotCore(configuration);
        services.AddHttpClient(BotCoreServiceCollectionExtensions.PortalClientName).ConfigurePrimaryHttpMessageHandler(() => Handler);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public InterceptingHandler Handler { get; }

    /// <summary>The polls the bot queued (login and signing), for the test to run.</summary>
    public RecordedPolls Polls { get; } = new();

    /// <summary>What the bot sent by itself, per channel.</summary>
    public Dictionary<string, RecordedSends> Sent { get; } = [];

    public CapturedLogs Logs { get; } = new();

    public IConversationEngine Engine => _services.GetRequiredService<IConversationEngine>();

    public T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    public ConversationStore Store => _services.GetRequiredService<ConversationStore>();

    public Task<IReadOnlyList<OutgoingMessage>> SayAsync(ChannelUser user, string text) => SendAsync(user, text, null);

    public Task<IReadOnlyList<OutgoingMessage>> PressAsync(ChannelUser user, string action) => SendAsync(user, null, action);

    public Task<IReadOnlyList<OutgoingMessage>> SendAsync(ChannelUser user, string? text, string? action,
        IReadOnlyDictionary<string, string>? values = null) =>
        Engine.HandleAsync(new IncomingMessage(user, text, action, values, $"m{Interlocked.Increment(ref _messages)}", DateTimeOffset.UtcNow),
            CancellationToken.None);

    public async Task<StoredConversation> StoredAsync(ChannelUser user) => await Store.ReadAsync(user.Key, CancellationToken.None);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
