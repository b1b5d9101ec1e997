using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Applications;
using Portal.Domain.Drafts;
using Portal.Domain.Email;
using Portal.Domain.Forms;
using Portal.Domain.Health;
using Portal.Domain.Identity;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.OperationHistory;
using Portal.Domain.Procedures;
using Portal.Domain.Storage;
using Portal.Functions.Http;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Problems;
using Portal.Functions.Http.RateLimiting;
using Portal.Functions.Identity;

namespace Portal.Functions.Hosting;

/// <summary>
/// All of the portal's DI wiring, shared by the Functions host and the local host: each feature's own registration
/// (in Portal.Domain, next to the feature), then what is about HTTP.
/// </summary>
public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorage(configuration);
        // Before the features' hosted services, so a local run's containers exist when the catalog's first load starts.
        services.AddHostedService<DatabaseInitializer>();
        services.AddHealth(configuration);
        services.AddEmail(configuration);
        services.AddOperationHistory();
        services.AddCertificates(configuration);
        services.AddCardRequests(configuration);
        services.AddAccounts();
        services.AddIdentity(configuration);
        services.AddProcedures(configuration);
        services.AddForms();
        services.AddDrafts(configuration);
        services.AddApplications(configuration);

        services.AddOptions<HttpLimits>().Bind(configuration.GetSection(HttpLimits.Section));
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        services.AddSingleton<ResidentAuthenticator>();
        services.AddSingleton<AgencyAuthenticator>();
        services.AddSingleton<OAuthRequestReader>();
        services.AddSingleton<ProblemMapper>();
        services.AddSingleton(_ => RateLimitOptions.From(configuration));
        services.AddSingleton<EdgeRateLimiter>();
        services.AddSingleton<HttpEdge>();
        services.AddSingleton<JsonBodyReader>();
        services.AddSingleton<FormBodyReader>();
        return services;
    }
}
