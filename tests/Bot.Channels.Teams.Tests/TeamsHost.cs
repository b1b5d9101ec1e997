using System.Text;
using System.Text.Json;
using Bot.Channels.Teams.Activities;
using Bot.Channels.Teams.Hosting;
using Bot.Channels.Teams.Tests.Fakes;
using Bot.Core.Conversations;
using Bot.Core.Storage;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;

namespace Bot.Channels.Teams.Tests;

/// <summary>
/// The Teams channel wired as the host wires it, against a fake Bot Connector and a fresh bot database on the local
/// Cosmos-protocol server; one per test class.
/// </summary>
public sealed class TeamsHost : IAsyncLifetime
{
    public const string AppId = FakeBotConnector.ClientId;

    private CosmosClient cosmos = null!;
    private string databaseName = "";

    public FakeBotConnector Connector { get; private set; } = null!;

    public RecordingEngine Engine { get; } = new();

    public ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeBotConnector.StartAsync();
        var stack = await LocalStack.GetAsync();
        cosmos = BotDatabase.Connect(stack.Cosmos.Endpoint, stack.Cosmos.Key);
        databaseName = $"bot-teams-{Guid.NewGuid():N}";
        var database = new BotDatabase(cosmos, databaseName);
        await database.CreateIfNotExistsAsync(CancellationToken.None);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Teams:AppId"] = AppId,
            ["Bot:Teams:AppPassword"] = FakeBotConnector.ClientSecret,
            ["Bot:Teams:OpenIdMetadataUrl"] = Connector.MetadataUrl.AbsoluteUri,
            ["Bot:Teams:Authority"] = Connector.Authority.AbsoluteUri,
            ["Bot:Teams:RetryDelay"] = "00:00:00.010",
        }).Build();

        var services = new ServiceCollection();
        services.AddSingleton(database);
        services.AddSingleton<IConversationEngine>(Engine);
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(Connector.CreateHandler));
        services.AddTeamsChannel(configuration);
        Services = services.BuildServiceProvider();
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A 1:1 message from a Teams user, as the Bot Connector posts it.</summary>
    public Activity Message(string? text = "手続きを探す", JsonElement? value = null, string? id = null, string userAad = "aad-user-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = Connector.ServiceUrl.AbsoluteUri,
        ChannelId = "msteams",
        From = new ChannelAccount("29:user-1", "利用者", userAad),
        Recipient = new ChannelAccount("28:" + AppId, "ポータル"),
        Conversation = new ConversationAccount($"a:conv-{userAad}", "tenant-1", "personal"),
        ChannelData = new TeamsChannelData(new TenantInfo("tenant-1")),
        Text = text,
        Value = value,
        Locale = "ja-JP",
    };

    public string ValidToken(Activity activity) =>
        TokenFactory.Create(Connector.Key.SecurityKey, AppId, activity.ServiceUrl!);

    public Task<int> PostAsync(Activity activity, string? authorization)
    {
        var body = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(activity, ActivityJson.Options)));
        return Get<TeamsMessagesEndpoint>().HandleAsync(authorization, body, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await cosmos.GetDatabase(databaseName).DeleteAsync();
        cosmos.Dispose();
        await Connector.DisposeAsync();
    }
}
