using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Functions.Hosting;

/// <summary>Application Insights for the worker on the real host (the local host logs to the console).</summary>
public static class BotTelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services)
    {
        services.AddApplicationInsightsTelemetryWorkerService();
        services.ConfigureFunctionsApplicationInsights();
        // Local authentication is off on the component, as for the portal: telemetry goes with the managed identity.
        services.Configure<TelemetryConfiguration>(telemetry => telemetry.SetAzureTokenCredential(new DefaultAzureCredential()));
        return services;
    }
}
