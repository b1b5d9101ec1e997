using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.PublicFundsAccounts;

/// <summary>公金受取口座 in the chat: its portal client, flow, page and page tokens (links on <c>Bot:PublicBaseUrl</c>).</summary>
public static class PublicFundsAccountChatServiceCollectionExtensions
{
    public static IServiceCollection AddPublicFundsAccountChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddTransient<PublicFundsAccountPortalClient>();
        services.TryAddTransient<PublicFundsAccountFlow>();
        services.TryAddTransient<PublicFundsAccountPageService>();
        services.TryAddSingleton(provider => new PublicFundsAccountPageTokens(
            configuration["Bot:PublicBaseUrl"] is { Length: > 0 } origin ? origin : "http://localhost:7072", provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
