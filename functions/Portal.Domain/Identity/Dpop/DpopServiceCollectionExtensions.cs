using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Identity.Dpop;

/// <summary>DPoP (RFC 9449): proofs checked, their jti used once, nonces made and checked. Needs storage.</summary>
public static class DpopServiceCollectionExtensions
{
    public static IServiceCollection AddDpop(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DpopReplayGuard>();
        services.TryAddSingleton<DpopNonces>();
        services.TryAddSingleton<DpopProofValidator>();
        return services;
    }
}
