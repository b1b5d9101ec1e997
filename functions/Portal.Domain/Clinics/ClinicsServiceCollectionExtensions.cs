using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.HealthInsurance;

namespace Portal.Domain.Clinics;

/// <summary>オンライン資格確認: the checks' storage and service. Needs card requests, clients, accounts, わたしの情報, やりとり履歴 and マイナ保険証.</summary>
public static class ClinicsServiceCollectionExtensions
{
    public static IServiceCollection AddClinics(this IServiceCollection services)
    {
        services.AddHealthInsurance();
        services.TryAddSingleton<EligibilityCheckRepository>();
        services.TryAddSingleton<EligibilityCheckService>();
        return services;
    }
}
