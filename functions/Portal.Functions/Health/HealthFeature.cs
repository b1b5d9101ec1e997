using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Health;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Health;

/// <summary>The health check the platform probes, public.</summary>
public static class HealthFeature
{
    public static IServiceCollection AddHealthFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddHealth(configuration)
        .AddCallers(callers => callers.Allow("GetHealth", Callers.Anyone));
}
