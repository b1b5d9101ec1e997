using Functions.Http.Edge;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Functions.Http.Hosting;

/// <summary>The Functions host's composition both apps share; each app's Program.cs adds only its own services.</summary>
public static class HttpFunctionsApplication
{
    /// <summary>
    /// ASP.NET Core integration, <see cref="HttpEdge"/> around every HTTP-triggered function, the app's services
    /// (which must include <see cref="HttpEdgeServiceCollectionExtensions.AddHttpEdge"/>) and Application Insights.
    /// </summary>
    public static FunctionsApplicationBuilder ConfigureHttpFunctions(
        this FunctionsApplicationBuilder builder, Action<IServiceCollection, IConfiguration> addApp)
    {
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<HttpEdgeWorkerMiddleware>();
        addApp(builder.Services, builder.Configuration);
        builder.Services.AddFunctionsTelemetry();
        return builder;
    }
}
