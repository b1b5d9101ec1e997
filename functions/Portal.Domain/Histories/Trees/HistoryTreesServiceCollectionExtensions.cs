using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories.Trees;

/// <summary>
/// The daily tree over every chained history's heads, and its inclusion proofs in exports. Needs storage (Cosmos for
/// the chains, blobs for the trees); each history adds itself with <see cref="AddChainedHistory"/>.
/// </summary>
public static class HistoryTreesServiceCollectionExtensions
{
    public static IServiceCollection AddHistoryTrees(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHistories(configuration);
        services.TryAddSingleton<ChainHeads>();
        services.TryAddSingleton(sp => new HistoryTreeStore(sp.GetRequiredService<StorageAccount>(),
            configuration[HistoryTreeStore.ContainerSetting] is { Length: > 0 } name ? name : HistoryTreeStore.ContainerName));
        services.TryAddSingleton<HistoryTreeProofs>();
        services.TryAddSingleton<DailyHistoryTree>();
        return services;
    }

    /// <summary>Puts <paramref name="history"/>'s heads into the daily tree (once, however often it is called).</summary>
    public static IServiceCollection AddChainedHistory(this IServiceCollection services, ChainedHistory history)
    {
        if (!services.Any(d => d.ServiceType == typeof(ChainedHistory) && d.ImplementationInstance is ChainedHistory { Name: var name } && name == history.Name))
        {
            services.AddSingleton(history);
        }
        return services;
    }
}
