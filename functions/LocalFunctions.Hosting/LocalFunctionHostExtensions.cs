using System.Reflection;
using Functions.Http.Edge;
using LocalFunctions.Hosting.Functions;
using LocalFunctions.Hosting.Http;
using LocalFunctions.Hosting.Queues;
using LocalFunctions.Hosting.Timers;

namespace LocalFunctions.Hosting;

/// <summary>
/// A local host's wiring: which functions it serves and the triggers that feed them. The app registers the shared
/// <see cref="HttpEdge"/> (with its own services) and <see cref="ILocalQueues"/> when it has queue triggers.
/// </summary>
public static class LocalFunctionHostExtensions
{
    public static IServiceCollection AddLocalFunctionHost(this IServiceCollection services, Assembly functionsAssembly)
    {
        services.AddLocalFunctions(FunctionCatalog.TypesOf(functionsAssembly));
        services.AddSingleton(sp => new FunctionCatalog(sp.GetServices<FunctionTypes>().SelectMany(t => t.Types)));
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<QueueTriggerHost>();
        services.AddOptions<TimerLockOptions>().BindConfiguration(TimerLockOptions.Section);
        services.AddSingleton<TimerLock>();
        services.AddHostedService<TimerTriggerHost>();
        return services;
    }

    /// <summary>Serves further function classes (tests use it for triggers the portal does not have yet).</summary>
    public static IServiceCollection AddLocalFunctions(this IServiceCollection services, IEnumerable<Type> types) =>
        services.AddSingleton(new FunctionTypes(types.ToList()));

    public static WebApplication UseLocalFunctionHost(this WebApplication app)
    {
        var edge = app.Services.GetRequiredService<HttpEdge>();
        // Routing first, so the edge knows which function was matched (its endpoint name) and the route values,
        // as the Functions host's worker middleware does.
        app.UseRouting();
        app.Use((http, next) => edge.InvokeAsync(http, FunctionName(http), http.Request.RouteValues, () => next(http)));
        app.MapHttpFunctions(app.Services.GetRequiredService<FunctionCatalog>().Http);
        return app;
    }

    /// <summary>The <c>[Function]</c> name the matched endpoint was mapped with; null when no function matched.</summary>
    private static string? FunctionName(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
}
