using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Histories;

/// <summary>What every verifiable history (操作履歴, later やりとり履歴) shares: the history keys and the head signer.</summary>
public static class HistoriesServiceCollectionExtensions
{
    public static IServiceCollection AddHistories(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HistoryKeyOptions>().Bind(configuration.GetSection(HistoryKeyOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HistoryKeyRing>();
        services.TryAddSingleton<HistoryHeadSigner>();
        services.TryAddSingleton<HistoryExporter>();
        return services;
    }
}
