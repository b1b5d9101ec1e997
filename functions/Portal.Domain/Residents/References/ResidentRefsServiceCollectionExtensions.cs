using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Domain.Residents.References;

/// <summary>residentRefs and their index (<see cref="ResidentRefOptions"/>); needs storage.</summary>
public static class ResidentRefsServiceCollectionExtensions
{
    public static IServiceCollection AddResidentRefs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResidentRefOptions>()
            .Bind(configuration.GetSection(ResidentRefOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Key) || !string.IsNullOrWhiteSpace(o.KeyFile),
                $"Set {ResidentRefOptions.Section}:Key or {ResidentRefOptions.Section}:KeyFile (32 random bytes, base64).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ResidentRefs>();
        services.TryAddSingleton<ResidentRefIndex>();
        return services;
    }
}
