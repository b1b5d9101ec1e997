using Bot.Channels.WebChat.Chat;
using Bot.Channels.WebChat.Limits;
using Bot.Channels.WebChat.Streams;
using Bot.Channels.WebChat.Users;
using Bot.Core.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Channels.WebChat;

/// <summary>The web chat channel's services. Needs <c>BotDatabase</c> and an <c>IConversationEngine</c> from elsewhere.</summary>
public static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddWebChatChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>().Bind(configuration.GetSection(WebChatOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WebChatSignals>();
        services.AddSingleton<WebChatStream>();
        services.AddSingleton<WebChatRateLimiter>();
        services.AddSingleton<WebChatUsers>();
        services.AddScoped<WebChatService>();
        services.AddSingleton<IProactiveSender, WebChatProactiveSender>();
        return services;
    }
}
