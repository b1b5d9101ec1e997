using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Histories;
using Portal.Domain.Histories.Trees;
using Portal.Domain.Proxies;
using Portal.Domain.Storage;

namespace Portal.Domain.OperationHistory;

/// <summary>操作履歴: every feature appends to it, the resident reads it. Needs storage.</summary>
public static class OperationHistoryServiceCollectionExtensions
{
    public static IServiceCollection AddOperationHistory(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OperationHistoryStore>();
        services.TryAddSingleton<OperationHistoryReader>();
        services.AddProxies().TryAddSingleton<OperationActors>();
        return services;
    }

    /// <summary>The signed export of 操作履歴: needs the history keys (<see cref="HistoryKeyOptions"/>).</summary>
    public static IServiceCollection AddOperationHistoryExport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOperationHistory().AddHistories(configuration)
            .AddChainedHistory(new ChainedHistory(OperationHistoryExport.History, PortalContainers.OperationHistory));
        services.TryAddSingleton<OperationHistoryExport>();
        return services;
    }
}
