using System.Text.Json.Serialization;
using Bot.Channels.WebChat;
using Bot.Core.Conversations;
using Bot.Core.Storage;
using Bot.Functions.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Functions.Hosting;

/// <summary>All of the bot's DI wiring, shared by the Functions host and the bot's local host.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotCosmosOptions>().Bind(configuration.GetSection(BotCosmosOptions.Section));
        services.AddOptions<BotHttpLimits>().Bind(configuration.GetSection(BotHttpLimits.Section));
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        services.TryAddSingleton(TimeProvider.System);

        // The bot's own database. TryAdd: if AddBotCore registers BotDatabase itself, the first registration wins.
        services.TryAddSingleton(sp =>
        {
            var cosmos = sp.GetRequiredService<IOptions<BotCosmosOptions>>().Value;
            var endpoint = cosmos.Endpoint ?? throw new InvalidOperationException("Bot:Cosmos:Endpoint is not set.");
            return new BotDatabase(BotDatabase.Connect(endpoint, cosmos.Key, cosmos.RequestTimeout), cosmos.Database);
        });
        services.AddHostedService<BotDatabaseInitializer>();

        // ---------------------------------------------------------------------------------------------------------
        // TODO(lead, merge): the core and the other channels plug in here.
        //   services.AddBotCore(configuration);        // Bot.Core: the IConversationEngine and the portal API client
        //   services.AddLineChannel(configuration);    // Bot.Channels.Line: webhook handling, reply/push client
        //   services.AddTeamsChannel(configuration);   // Bot.Channels.Teams: /api/messages, connector client
        // Their HTTP functions go in Bot.Functions/Line/LineFunctions.cs (POST /api/line/webhook) and
        // Bot.Functions/Teams/TeamsFunctions.cs (POST /api/messages), next to WebChat/WebChatFunctions.cs; the
        // proactive-message queue trigger in Bot.Functions/Proactive/. The local host serves every [Function] of this
        // assembly, so nothing else needs registering for them.
        // ---------------------------------------------------------------------------------------------------------
        services.AddWebChatChannel(configuration);

        // PLACEHOLDER until the engine is merged: only when nothing above registered an engine. Remove at merge.
        services.TryAddScoped<IConversationEngine, PlaceholderConversationEngine>();

        services.AddSingleton<BotJsonBody>();
        services.AddSingleton<BotHttpEdge>();
        return services;
    }
}
