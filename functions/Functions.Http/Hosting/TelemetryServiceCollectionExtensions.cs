using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.Http.Hosting;

/// <summary>Application Insights for the worker on the real host (the local hosts log to the console).</summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddFunctionsTelemetry(this IServiceCollection services)
    {
        services.AddApplicationInsightsTelemetryWorkerService();
        services.ConfigureFunctionsApplicationInsights();
        // Both apps' components have local authentication off: telemetry is sent with the app's managed identity.
        services.Configure<TelemetryConfiguration>(telemetry => telemetry.SetAzureTokenCredential(new DefaultAzureCredential()));
        return services;
    }
}
