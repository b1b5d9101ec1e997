using System.Text.Json.Serialization;
using Functions.Http.Edge;
using Functions.Http.Hosting;
using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Problems;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Http;

public static class PortalHttpServiceCollectionExtensions
{
    /// <summary>
    /// The portal's HTTP edge: the shared edge and body readers (<c>Http:*</c> limits), the edge's own problems, the
    /// rate limits (<c>RateLimits:*</c>) and the operation name through <see cref="PortalEdgeHook"/>, the
    /// authenticators that read each operation's declared callers, and JSON without nulls.
    /// </summary>
    public static IServiceCollection AddPortalHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpEdge(configuration.GetSection("Http"));
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        services.AddProblems(HttpProblems.Register);
        services.AddSingleton(_ => RateLimitOptions.From(configuration));
        services.AddSingleton<EdgeRateLimiter>();
        services.AddSingleton<IHttpEdgeHook, PortalEdgeHook>();
        services.AddSingleton<ResidentAuthenticator>();
        services.AddSingleton<AgencyAuthenticator>();
        return services;
    }
}
