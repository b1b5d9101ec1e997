using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Exchanges;
using Portal.Domain.Quotas;

namespace Portal.Domain.Residents.Lookup;

/// <summary>
/// 本人確認情報の照会: the consent, the index kept in step with profiles and accounts, the lookup and its per-day limit
/// (section <c>ResidentLookup</c>). Needs accounts and exchanges.
/// </summary>
public static class ResidentLookupServiceCollectionExtensions
{
    public static IServiceCollection AddResidentLookup(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAccounts().AddExchanges(configuration).AddDailyQuota();
        services.AddOptions<ResidentLookupOptions>()
            .Bind(configuration.GetSection(ResidentLookupOptions.Section))
            .Validate(o => o.PerDayLimit >= 1, "ResidentLookup:PerDayLimit must be at least 1.")
            .ValidateOnStart();
        services.TryAddSingleton<LookupKeys>();
        services.TryAddSingleton<LookupIndex>();
        services.TryAddSingleton<LookupUpkeep>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProfileChangeStep, LookupUpkeep>(sp => sp.GetRequiredService<LookupUpkeep>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, LookupUpkeep>(sp => sp.GetRequiredService<LookupUpkeep>()));
        services.TryAddSingleton<LookupConsentService>();
        services.TryAddSingleton<ResidentLookupService>();
        return services;
    }
}
