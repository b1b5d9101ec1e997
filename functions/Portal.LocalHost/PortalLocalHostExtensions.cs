using LocalFunctions.Hosting;
using LocalFunctions.Hosting.Queues;
using Portal.Functions.Hosting;

namespace Portal.LocalHost;

/// <summary>The portal's functions on the local host, with the portal's storage account.</summary>
public static class PortalLocalHostExtensions
{
    public static IServiceCollection AddPortalLocalHost(this IServiceCollection services)
    {
        services.AddSingleton<ILocalQueues, PortalLocalQueues>();
        return services.AddLocalFunctionHost(typeof(PortalServiceCollectionExtensions).Assembly);
    }
}
