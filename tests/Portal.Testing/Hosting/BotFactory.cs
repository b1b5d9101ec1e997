using Bot.Core.Hosting;
using Bot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Testing.Hosting;

/// <summary>
/// The chatbot (its local host) in-process on the real local stack, with storage of its own: a fresh bot database,
/// login and status-notice queues no other host polls; the one factory every bot test uses.
/// </summary>
/// <param name="portal">The in-process portal's handler standing in for the network (<c>portal.Server.CreateHandler</c>);
/// null for a test that never reaches the portal.</param>
/// <param name="settings">App settings over these (channels' secrets and fakes, <c>Bot:PublicBaseUrl</c>, a named
/// <c>BotEventsQueue</c> a test's portal sends to...).</param>
/// <param name="services">Test services over the bot's (a recording engine, a trusted certificate...).</param>
/// <param name="logs">Where the bot's logs go too, for tests that read them.</param>
public sealed class BotFactory(
    StackState stack,
    Func<HttpMessageHandler>? portal = null,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null,
    ILoggerProvider? logs = null) : WebApplicationFactory<BotLocalHostMarker>
{
    public string DatabaseName { get; } = $"bot-{Guid.NewGuid():N}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Bot:Cosmos:Endpoint", stack.Cosmos.Endpoint.ToString());
        builder.UseSetting("Bot:Cosmos:Key", stack.Cosmos.Key);
        builder.UseSetting("Bot:Cosmos:Database", DatabaseName);
        builder.UseSetting("Bot:Cosmos:CreateIfNotExists", "true");
        builder.UseSetting("Bot:Portal:BaseUrl", "http://portal.test/");
        // The bot is the portal's confidential client: the test key, and the test portals' issuer as the audience; and
        // the test key ring that seals what it stores.
        foreach (var (key, value) in ChatbotClientKey.BotSettings.Concat(BotStateKey.BotSettings))
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("AzureWebJobsStorage", stack.Storage.ConnectionString);
        // Hosts share Azurite: each polls only its own logins and status notices.
        builder.UseSetting("BotLoginQueue", $"bot-login-{Guid.NewGuid():N}");
        builder.UseSetting("BotEventsQueue", $"bot-events-{Guid.NewGuid():N}");
        // Every test browser comes from the same (unknown) address: the web chat's limits are off unless a test about
        // them turns them on.
        builder.UseSetting("Bot:WebChat:RateLimits:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
        builder.ConfigureTestServices(test =>
        {
            services?.Invoke(test);
            if (portal is not null)
            {
                test.AddHttpClient(BotCoreServiceCollectionExtensions.PortalClientName).ConfigurePrimaryHttpMessageHandler(portal);
            }
        });
    }
}
