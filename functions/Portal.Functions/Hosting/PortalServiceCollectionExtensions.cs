using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Storage;
using Portal.Functions.Accounts;
using Portal.Functions.Agencies;
using Portal.Functions.Applications;
using Portal.Functions.Drafts;
using Portal.Functions.Email;
using Portal.Functions.Forms;
using Portal.Functions.Health;
using Portal.Functions.Http;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Problems;
using Portal.Functions.Http.RateLimiting;
using Portal.Functions.Identity;
using Portal.Functions.OpenApi;
using Portal.Functions.OperationHistory;
using Portal.Functions.Procedures;
using Portal.Functions.Terms;

namespace Portal.Functions.Hosting;

/// <summary>
/// All of the portal's DI wiring, shared by the Functions host and the local host: storage, the HTTP edge, then one
/// line per feature (each feature's <c>&lt;Feature&gt;Feature.cs</c> adds its services, problems and callers).
/// </summary>
public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorage(configuration);
        // Before the features' hosted services, so a local run's containers exist when the catalog's first load starts.
        services.AddHostedService<DatabaseInitializer>();

        services.AddOptions<HttpLimits>().Bind(configuration.GetSection(HttpLimits.Section));
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        services.AddSingleton<ResidentAuthenticator>();
        services.AddSingleton<AgencyAuthenticator>();
        services.AddSingleton<OAuthRequestReader>();
        services.AddSingleton<ProblemMapper>();
        services.AddProblems(HttpProblems.Register);
        services.AddSingleton(_ => RateLimitOptions.From(configuration));
        services.AddSingleton<EdgeRateLimiter>();
        services.AddSingleton<HttpEdge>();
        services.AddSingleton<JsonBodyReader>();
        services.AddSingleton<FormBodyReader>();

        return services
            .AddHealthFeature(configuration)
            .AddOpenApiFeature()
            .AddEmailFeature(configuration)
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
