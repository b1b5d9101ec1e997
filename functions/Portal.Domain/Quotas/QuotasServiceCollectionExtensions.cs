using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Quotas;

/// <summary>The durable per-day limits, counted in <c>grants</c>. Needs storage.</summary>
public static class QuotasServiceCollectionExtensions
{
    public static IServiceCollection AddDailyQuota(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DailyQuota>();
        return services;
    }
}
