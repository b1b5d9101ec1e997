using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Domain.Storage;
using Portal.Functions.Procedures;

namespace Portal.Functions.Hosting;

/// <summary>
/// さがす's wiring: the catalog in <c>procedures</c>, held in memory per instance (<see cref="CatalogHost"/>) and kept
/// current from the change feed by <see cref="CatalogRefreshService"/>; resident search and agency publishing over it.
/// </summary>
public static class CatalogServiceCollectionExtensions
{
    public static IServiceCollection AddPortalCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CatalogOptions>().Bind(configuration.GetSection(CatalogOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        // The embedded nationwide list; tests may register a smaller directory first.
        services.TryAddSingleton<LocalGovernmentDirectory>(_ => LocalGovernmentCatalog.Load());
        services.AddSingleton(sp => new ProcedureCatalogRepository(sp.GetRequiredService<PortalDatabase>()));
        services.AddSingleton<CatalogHost>();
        services.AddSingleton<CatalogSearchService>();
        services.AddSingleton<OfferingPublisher>();
        // After DatabaseInitializer (registered earlier), so a local run's container exists when the first load starts.
        services.AddHostedService<CatalogRefreshService>();
        return services;
    }
}
