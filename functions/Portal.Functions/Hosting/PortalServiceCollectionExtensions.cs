using Functions.Http.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Storage;
using Portal.Functions.Accounts;
using Portal.Functions.Agencies;
using Portal.Functions.Applications;
using Portal.Functions.Banks;
using Portal.Functions.Clinics;
using Portal.Functions.Drafts;
using Portal.Functions.Email;
using Portal.Functions.Exchanges;
using Portal.Functions.ExternalSites;
using Portal.Functions.LinkedSites;
using Portal.Functions.Forms;
using Portal.Functions.Health;
using Portal.Functions.HealthInsurance;
using Portal.Functions.Home;
using Portal.Functions.Histories;
using Portal.Functions.Histories.Retention;
using Portal.Functions.Notices;
using Portal.Functions.Notices.Agency;
using Portal.Functions.Http;
using Portal.Functions.Identity;
using Portal.Functions.Information;
using Portal.Functions.Notices.Inbox;
using Portal.Functions.Notices.Preferences;
using Portal.Functions.OpenApi;
using Portal.Functions.OperationHistory;
using Portal.Functions.Procedures;
using Portal.Functions.Proxies.Acting;
using Portal.Functions.Proxies.Appointing;
using Portal.Functions.PublicFundsAccounts;
using Portal.Functions.ResidentLookup;
using Portal.Functions.Sessions;
using Portal.Functions.Terms;

namespace Portal.Functions.Hosting;

/// <summary>
/// All of the portal's DI wiring, shared by the Functions host and the local host: storage, the HTTP edge, then one
/// line per feature (each feature's <c>&lt;Feature&gt;Feature.cs</c> adds its services, problems, callers and route
/// value formats). A new feature adds its line here and touches nothing else outside its folders.
/// </summary>
public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorage(configuration);
        // Before the features' hosted services, so a local run's containers exist when the catalog's first load starts.
        services.AddStartupDatabase<PortalStartupDatabase>();

        services.AddPortalHttp(configuration);

        return services
            .AddHealthFeature(configuration)
            .AddOpenApiFeature()
            .AddEmailFeature(configuration)
            .AddIdentityFeature(configuration)
            .AddAccountsFeature()
            .AddSessionsFeature()
            .AddHistoriesFeature(configuration)
            .AddOperationHistoryFeature(configuration)
            .AddTermsFeature()
            .AddProceduresFeature(configuration)
            .AddFormsFeature()
            .AddDraftsFeature(configuration)
            .AddApplicationsFeature(configuration)
            .AddAgenciesFeature()
            .AddAgencyNoticesFeature(configuration)
            .AddNoticeInboxFeature()
            .AddNoticeAttachmentsFeature(configuration)
            .AddNotificationPreferencesFeature()
            .AddInformationFeature(configuration)
            .AddExchangesFeature(configuration)
            .AddHistoryRetentionFeature()
            .AddResidentLookupFeature(configuration)
            .AddExternalSitesFeature(configuration)
            .AddLinkedSitesFeature()
            .AddActingFeature()
            .AddProxyAppointmentFeature()
            .AddPublicFundsAccountFeature()
            .AddHealthInsuranceFeature()
            .AddClinicFeature()
            .AddHomeFeature(configuration)
            .AddBanksFeature();
    }
}
