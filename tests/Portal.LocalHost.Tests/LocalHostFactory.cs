using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using LocalFunctions.Hosting;
using Portal.LocalHost;
using Portal.Testing;

namespace Portal.LocalHost.Tests;

/// <summary>
/// The local host in-process, wired to the real local stack with a database of its own.
/// <paramref name="cosmosEndpoint"/> overrides the stack's server (the fault tests run their own).
/// </summary>
public sealed class LocalHostFactory(
    StackState stack, Uri? cosmosEndpoint = null, IReadOnlyDictionary<string, string?>? settings = null, params Type[] extraFunctions)
    : WebApplicationFactory<LocalHostMarker>
{
    public string DatabaseName { get; } = $"host-{Guid.NewGuid():N}";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Cosmos:Endpoint", (cosmosEndpoint ?? stack.Cosmos.Endpoint).ToString());
        builder.UseSetting("Cosmos:Key", stack.Cosmos.Key);
        builder.UseSetting("Cosmos:Database", DatabaseName);
        builder.UseSetting("Cosmos:CreateIfNotExists", "true");
        builder.UseSetting("Cosmos:RequestTimeout", "00:00:05");
        builder.UseSetting("AzureWebJobsStorage", stack.Storage.ConnectionString);
        builder.UseSetting("Smtp:Host", stack.Smtp.Host);
        builder.UseSetting("Smtp:Port", stack.Smtp.Port.ToString());
        builder.UseSetting("Smtp:UseStartTls", "false");
        // Hosts share Azurite but not a database: each takes only its own application events.
        builder.UseSetting("ApplicationEventsQueue", $"application-events-{Guid.NewGuid():N}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (extraFunctions.Length > 0)
        {
            builder.ConfigureServices(services => services.AddLocalFunctions(extraFunctions));
        }
    }
}
