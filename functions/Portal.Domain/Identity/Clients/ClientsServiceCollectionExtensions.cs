using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Identity.Clients;

/// <summary>
/// The registered clients (Cosmos DB, registered by the operator CLI) read through a short cache: the token endpoints
/// authenticate them, card requests show their names. Safe to call from both.
/// </summary>
public static class ClientsServiceCollectionExtensions
{
    public static IServiceCollection AddClients(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(ClientRegistry)))
        {
            return services;
        }
        services.AddOptions<ClientRegistryOptions>().Bind(configuration.GetSection(ClientRegistryOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ClientRepository>();
        services.TryAddSingleton<ClientRegistry>();
        return services;
    }
}
