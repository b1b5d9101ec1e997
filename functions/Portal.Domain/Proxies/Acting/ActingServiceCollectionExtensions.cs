using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Proxies.Acting;

/// <summary>代理人として操作する: delegation tokens, the token exchange and the per-request delegation check. Needs storage and identity.</summary>
public static class ActingServiceCollectionExtensions
{
    public static IServiceCollection AddActing(this IServiceCollection services)
    {
        services.AddProxies();
        services.TryAddSingleton<DelegationTokens>();
        services.TryAddSingleton<ProxyDelegationTokens>();
        services.TryAddSingleton<TokenExchangeGrant>();
        services.TryAddSingleton<DelegationAccessCheck>();
        return services;
    }
}
