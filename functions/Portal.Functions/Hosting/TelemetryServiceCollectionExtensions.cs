using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Functions.Hosting;

/// <summary>Application Insights for the worker on the real host (the local host logs to the console).</summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services)
    {
        services.AddApplicationInsightsTelemetryWorkerService();
        services.ConfigureFunctionsApplicationInsights();
        // The component has local authentication off: telemetry is sent with the app's managed identity.
        services.Configure<TelemetryConfiguration>(telemetry => telemetry.SetAzureTokenCredential(new DefaultAzureCredential()));
        return services;
    }
}
