using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;

namespace Portal.Domain.Procedures;

/// <summary>
/// さがす: the procedure catalog in <c>procedures</c> (the <c>Catalog</c> section), held in memory per instance
/// (<see cref="CatalogHost"/>) and kept current from the change feed by <see cref="CatalogRefreshService"/>; resident
/// search and agency publishing over it. Needs storage; the host creates the database before this service starts.
/// </summary>
public static class ProceduresServiceCollectionExtensions
{
    public static IServiceCollection AddProcedures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CatalogOptions>().Bind(configuration.GetSection(CatalogOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        // The embedded nationwide list; tests may register a smaller directory first.
        services.TryAddSingleton<LocalGovernmentDirectory>(_ => LocalGovernmentCatalog.Load());
        services.TryAddSingleton<ProcedureCatalogRepository>();
        services.TryAddSingleton<CatalogHost>();
        services.TryAddSingleton<CatalogSearchService>();
        services.TryAddSingleton<OfferingPublisher>();
        services.AddHostedService<CatalogRefreshService>();
        return services;
    }
}
