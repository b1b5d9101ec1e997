using Microsoft.Extensions.DependencyInjection;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Health;

/// <summary>The health check the platform probes, public.</summary>
public static class HealthFeature
{
    public static IServiceCollection AddHealthFeature(this IServiceCollection services) => services
        .AddCallers(callers => callers.Allow("GetHealth", Callers.Anyone));
}
