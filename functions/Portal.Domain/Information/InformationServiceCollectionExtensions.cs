using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Records;
using Portal.Domain.Information.Residents;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Information;

/// <summary>わたしの情報: the categories catalogue, agencies' records and the residents' view; needs storage.</summary>
public static class InformationServiceCollectionExtensions
{
    public static IServiceCollection AddInformation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddResidentRefs(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => InformationCatalogue.Embedded());
        services.TryAddSingleton<InformationRecordRepository>();
        services.TryAddSingleton<AgencyInformationService>();
        services.TryAddSingleton<ResidentInformationService>();
        return services;
    }
}
