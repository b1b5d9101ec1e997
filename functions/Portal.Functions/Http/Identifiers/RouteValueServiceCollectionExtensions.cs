using Microsoft.Extensions.DependencyInjection;

namespace Portal.Functions.Http.Identifiers;

public static class RouteValueServiceCollectionExtensions
{
    /// <summary>Declares the format of a feature's route values (called from the feature's own DI extension).</summary>
    public static IServiceCollection AddRouteValues(this IServiceCollection services, Action<RouteValueFormats> declare) =>
        services.Configure(declare);
}
