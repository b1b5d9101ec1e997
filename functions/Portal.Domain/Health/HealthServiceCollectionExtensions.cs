using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Storage;

namespace Portal.Domain.Health;

/// <summary>The health report over the portal's dependencies (Cosmos DB, the storage account's queues). Needs storage.</summary>
public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDependencyCheck, CosmosDependencyCheck>());
        // The check takes the queue service alone (what it probes), not the whole account.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDependencyCheck, StorageDependencyCheck>(
            sp => new StorageDependencyCheck(sp.GetRequiredService<StorageAccount>().Queues)));
        services.TryAddSingleton<HealthService>();
        return services;
    }
}
