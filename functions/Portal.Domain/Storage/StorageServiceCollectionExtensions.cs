using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Portal.Domain.Storage;

/// <summary>
/// The portal database (the <c>Cosmos</c> section) and the storage account (<c>AzureWebJobsStorage</c>) every feature
/// stores into. Tests register their own <see cref="PortalDatabase"/> and <see cref="StorageAccount"/> instead.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CosmosOptions>().Bind(configuration.GetSection(CosmosOptions.Section));
        // One client per process (it pools connections); built from the bound options, so a factory.
        services.TryAddSingleton(sp => CosmosClientFactory.Create(sp.GetRequiredService<IOptions<CosmosOptions>>().Value));
        services.TryAddSingleton<PortalDatabase>();
        services.TryAddSingleton(_ => StorageAccount.FromConfiguration(configuration));
        return services;
    }
}
