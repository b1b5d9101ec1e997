using Bot.Functions.Hosting;
using LocalFunctions.Hosting;
using LocalFunctions.Hosting.Queues;

namespace Bot.LocalHost;

/// <summary>The bot's functions on the local host, with the bot's queues.</summary>
public static class BotLocalHostExtensions
{
    public const string WebChatPath = "/api/webchat";

    public static IServiceCollection AddBotLocalHost(this IServiceCollection services)
    {
        services.AddSingleton<ILocalQueues, BotLocalQueues>();
        return services.AddLocalFunctionHost(typeof(BotServiceCollectionExtensions).Assembly);
    }

    /// <summary>Serves the functions, and sends someone who opens the bare host to the web chat.</summary>
    public static WebApplication UseBotLocalHost(this WebApplication app)
    {
        app.UseLocalFunctionHost();
        app.MapGet("/", () => Results.Redirect(WebChatPath));
        return app;
    }
}
