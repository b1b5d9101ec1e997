using Bot.Core.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;

namespace Bot.Functions.Tests.Support;

/// <summary>
/// What every bot test host sets: storage of its own on the local stack (a fresh bot database, login and status-notice
/// queues no other host polls) and the in-process portal's test server standing in for the network. Shared by the bot test hosts of
/// Bot.Functions.Tests and Bot.WebChat.Browser.Tests (linked there).
/// </summary>
public static class BotHostSettings
{
    public static IWebHostBuilder UseBotTestSettings(
        this IWebHostBuilder builder, StackState stack, Func<HttpMessageHandler> portal, string? publicBaseUrl = null, string? eventsQueue = null)
    {
        builder.UseSetting("Bot:Cosmos:Endpoint", stack.Cosmos.Endpoint.ToString());
        builder.UseSetting("Bot:Cosmos:Key", stack.Cosmos.Key);
        builder.UseSetting("Bot:Cosmos:Database", $"bot-{Guid.NewGuid():N}");
        builder.UseSetting("Bot:Cosmos:CreateIfNotExists", "true");
        builder.UseSetting("Bot:Portal:BaseUrl", "http://portal.test/");
        builder.UseSetting("AzureWebJobsStorage", stack.Storage.ConnectionString);
        // Hosts share Azurite: each polls only its own logins.
        builder.UseSetting("BotLoginQueue", $"bot-login-{Guid.NewGuid():N}");
        // The portal's status notices: a queue of its own too (a test's portal names the same one to reach this host).
        builder.UseSetting("BotEventsQueue", eventsQueue ?? $"bot-events-{Guid.NewGuid():N}");
        if (publicBaseUrl is not null)
        {
            builder.UseSetting("Bot:PublicBaseUrl", publicBaseUrl);
        }
        return builder.ConfigureTestServices(services => services
            .AddHttpClient(BotCoreServiceCollectionExtensions.PortalClientName)
            .ConfigurePrimaryHttpMessageHandler(portal));
    }
}
