using LocalFunctions.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.LocalHost;
using Portal.Testing.OpenApi;

namespace Portal.Testing.Hosting;

/// <summary>
/// The portal (its local host) in-process, wired to the real local stack with a database of its own: the one factory
/// every test of the portal's HTTP API uses. Every /api response it serves is checked against the OpenAPI document
/// (<see cref="ContractCheckingMiddleware"/>); a response the document does not describe fails the call, and
/// disposing the factory fails if any did.
/// </summary>
/// <param name="settings">App settings over the defaults (signing keys, the card-request audience, limits...).</param>
/// <param name="cosmosEndpoint">Another Cosmos-protocol server than the stack's (the fault tests run their own).</param>
/// <param name="extraFunctions">Function classes of the test's own to serve next to the portal's.</param>
public class PortalFactory(
    StackState stack, IReadOnlyDictionary<string, string?>? settings = null, Uri? cosmosEndpoint = null, params Type[] extraFunctions)
    : WebApplicationFactory<LocalHostMarker>
{
    public string DatabaseName { get; } = $"portal-{Guid.NewGuid():N}";

    public StackState Stack { get; } = stack;

    public CapturedLogs Logs { get; } = new();

    public ContractChecks Contract { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Cosmos:Endpoint", (cosmosEndpoint ?? Stack.Cosmos.Endpoint).ToString());
        builder.UseSetting("Cosmos:Key", Stack.Cosmos.Key);
        builder.UseSetting("Cosmos:Database", DatabaseName);
        builder.UseSetting("Cosmos:CreateIfNotExists", "true");
        builder.UseSetting("Cosmos:RequestTimeout", "00:00:05");
        builder.UseSetting("AzureWebJobsStorage", Stack.Storage.ConnectionString);
        builder.UseSetting("Smtp:Host", Stack.Smtp.Host);
        builder.UseSetting("Smtp:Port", Stack.Smtp.Port.ToString());
        builder.UseSetting("Smtp:UseStartTls", "false");
        builder.UseSetting(ResidentRefTestKey.Setting, ResidentRefTestKey.Value);
        builder.UseSetting(HistoryTestKey.Setting, HistoryTestKey.Value);
        // Each test host is an app of its own: its timers' singleton leases are not shared with other tests' hosts.
        builder.UseSetting("LocalHost:Id", $"test-{Guid.NewGuid():N}");
        // Hosts share Azurite but not a database: each takes only its own application events.
        builder.UseSetting("ApplicationEventsQueue", $"application-events-{Guid.NewGuid():N}");
        // Its own outbox too: a host that stops with a message leased leaves it to nobody else's drain.
        builder.UseSetting("EmailOutboxQueue", $"email-outbox-{Guid.NewGuid():N}");
        builder.UseSetting("ExchangeOutboxQueue", $"exchange-outbox-{Guid.NewGuid():N}");
        builder.UseSetting("NoticeFanOutQueue", $"notice-fanout-{Guid.NewGuid():N}");
        builder.UseSetting("NoticePushReportsQueue", $"notice-push-reports-{Guid.NewGuid():N}");
        // And its own daily history trees: a day's tree is written once, and each host's residents are its own.
        builder.UseSetting("HistoryTreesContainer", $"history-trees-{Guid.NewGuid():N}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Contract);
            services.AddSingleton<IStartupFilter>(new ContractCheckingStartupFilter(Contract, extraFunctions));
            if (extraFunctions.Length > 0)
            {
                services.AddLocalFunctions(extraFunctions);
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        ContractReport.Add(Contract);
        Contract.ThrowIfViolated();
    }
}
