using System.Text.Json.Serialization;
using Functions.Http.Edge;
using Functions.Http.Hosting;
using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Email;
using Portal.Domain.Health;
using Portal.Domain.Storage;
using Portal.Functions.Accounts;
using Portal.Functions.Agencies;
using Portal.Functions.Applications;
using Portal.Functions.Drafts;
using Portal.Functions.Forms;
using Portal.Functions.Health;
using Portal.Functions.Http;
using Portal.Functions.Identity;
using Portal.Functions.OpenApi;
using Portal.Functions.OperationHistory;
using Portal.Functions.Procedures;
using Portal.Functions.Terms;
using Portal.Functions.Http.Problems;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Hosting;

/// <summary>All of the portal's DI wiring, shared by the Functions host and the local host.</summary>
public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CosmosOptions>().Bind(configuration.GetSection(CosmosOptions.Section));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section));
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);

        services.AddSingleton(sp => CosmosClientFactory.Create(sp.GetRequiredService<IOptions<CosmosOptions>>().Value));
        services.AddSingleton<PortalDatabase>();
        services.AddStartupDatabase<PortalStartupDatabase>();
        services.AddSingleton(_ => StorageAccount.FromConfiguration(configuration));

        services.AddSingleton<IDependencyCheck, CosmosDependencyCheck>();
        services.AddSingleton(sp => new StorageDependencyCheck(sp.GetRequiredService<StorageAccount>().Queues));
        services.AddSingleton<IDependencyCheck>(sp => sp.GetRequiredService<StorageDependencyCheck>());
        services.AddSingleton<HealthService>();

        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<EmailOutbox>();

        services.AddHttpEdge(configuration.GetSection("Http"));
        services.AddProblems(HttpProblems.Register);
        services.AddSingleton(_ => RateLimitOptions.From(configuration));
        services.AddSingleton<EdgeRateLimiter>();
        services.AddSingleton<IHttpEdgeHook, PortalEdgeHook>();

        // The features, one line each: their services, problems and who may call their operations.
        return services
            .AddHealthFeature()
            .AddOpenApiFeature()
            .AddIdentityFeature(configuration)
            .AddAccountsFeature()
            .AddOperationHistoryFeature()
            .AddTermsFeature()
            .AddProceduresFeature(configuration)
            .AddFormsFeature()
            .AddDraftsFeature(configuration)
            .AddApplicationsFeature(configuration)
            .AddAgenciesFeature();
    }
}
