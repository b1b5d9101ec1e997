using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Proxies;

/// <summary>代理人: delegations and their references. Needs storage.</summary>
public static class ProxiesServiceCollectionExtensions
{
    public static IServiceCollection AddProxies(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Delegations>();
        return services;
    }
}
