using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Home.Parts;

namespace Portal.Domain.Home;

/// <summary>
/// ホーム: its parts and the service that reads them together. Reads what other features own, so it needs them
/// registered: drafts, applications, the notice inbox, 公金受取口座, accounts and proxies.
/// </summary>
public static class HomeServiceCollectionExtensions
{
    public static IServiceCollection AddHome(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HomeOptions>().Bind(configuration.GetSection(HomeOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHomePart, DraftsHomePart>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHomePart, ApplicationsHomePart>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHomePart, NoticesHomePart>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHomePart, PublicFundsAccountHomePart>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHomePart, CertificateHomePart>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHomePart, ProxiesHomePart>());
        services.TryAddSingleton<HomeService>();
        return services;
    }
}
