using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.OperationHistory;

/// <summary>操作履歴: every feature appends to it, the resident reads it. Needs storage.</summary>
public static class OperationHistoryServiceCollectionExtensions
{
    public static IServiceCollection AddOperationHistory(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OperationHistoryStore>();
        services.TryAddSingleton<OperationHistoryReader>();
        return services;
    }
}
