using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Prefill;
using Portal.Domain.Forms;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.OperationHistory;

namespace Portal.Functions.Hosting;

/// <summary>
/// 利用者情報 from the card and filling drafts from it. Needs the accounts' (<see cref="AccountsServiceCollectionExtensions"/>),
/// identity's card requests and the drafts' services; registered after them.
/// </summary>
public static class ProfileServiceCollectionExtensions
{
    public static IServiceCollection AddPortalProfile(this IServiceCollection services)
    {
        services.AddSingleton(sp => new ProfileService(
            sp.GetRequiredService<AccountService>(), sp.GetRequiredService<AccountRepository>(),
            sp.GetRequiredService<CardRequestService>(), sp.GetRequiredService<CardRequestRepository>(),
            sp.GetRequiredService<OperationHistoryStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ProfileService>>()));
        services.AddSingleton(sp => new DraftPrefillService(
            sp.GetRequiredService<DraftService>(), sp.GetRequiredService<AccountRepository>(), sp.GetRequiredService<FormCatalog>()));
        return services;
    }
}
