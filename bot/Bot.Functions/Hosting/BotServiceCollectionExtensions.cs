using System.Text.Json.Serialization;
using Bot.Channels.Line.Hosting;
using Bot.Channels.Teams.Hosting;
using Bot.Channels.WebChat;
using Bot.Core.Hosting;
using Bot.Core.Login;
using Bot.Core.Storage;
using Bot.Functions.Forms;
using Bot.Functions.Login;
using Bot.Functions.Http;
using Functions.Http.Hosting;
using Functions.Http.Problems;
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
        services.AddOptions<FormPageLimits>().Bind(configuration.GetSection(FormPageLimits.Section));
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
        services.AddStartupDatabase<BotStartupDatabase>();

        // The conversation core (engine, state, portal API client) and the channels. LINE and Teams exist only where
        // their credentials are configured; elsewhere their endpoints answer 404 (the local web chat needs none).
        services.AddSingleton<ILoginPollQueue, LoginPollQueue>();
        services.AddSingleton<Bot.Core.Notices.INoticePushReports, Notices.NoticePushReportQueue>();
        services.AddBotCore(configuration);
        if (configuration["Bot:Line:ChannelSecret"] is { Length: > 0 })
        {
            services.AddLineChannel(configuration);
        }
        if (configuration["Bot:Teams:AppId"] is { Length: > 0 })
        {
            services.AddTeamsChannel(configuration);
        }
        services.AddWebChatChannel(configuration);

        // A chat message is short: 16 KiB of JSON unless Bot:Http says otherwise.
        services.AddHttpEdge(configuration.GetSection("Bot:Http"), limits => limits.MaxJsonBodyBytes = 16 * 1024);
        services.AddProblems(BotProblems.Register);
        return services;
    }
}
