using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Histories.Retention;

/// <summary>The 7-year retention sweep of both verifiable histories. Needs storage.</summary>
public static class HistoryRetentionServiceCollectionExtensions
{
    public static IServiceCollection AddHistoryRetention(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HistoryRetention>();
        return services;
    }
}
