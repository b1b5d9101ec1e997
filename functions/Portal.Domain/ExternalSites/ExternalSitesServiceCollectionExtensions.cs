using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;
using Portal.Domain.ExternalSites.Authorization;
using Portal.Domain.ExternalSites.Codes;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.ExternalSites.Pairwise;
using Portal.Domain.ExternalSites.PushedAuthorization;
using Portal.Domain.Identity.Dpop;
using Portal.Domain.Residents.References;

namespace Portal.Domain.ExternalSites;

/// <summary>
/// 外部サイト連携: pairwise subjects (their key derived from the residentRef secret, <see cref="ResidentRefOptions"/>)
/// pushed authorization requests, the authorization page's transactions, authorization codes, the residents' linked
/// sites and DPoP. Needs storage; the sites themselves are clients (<c>AddIdentity</c>).
/// </summary>
public static class ExternalSitesServiceCollectionExtensions
{
    public static IServiceCollection AddExternalSites(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddResidentRefs(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PairwiseSubjects>();
        services.TryAddSingleton<PairwiseSubjectIndex>();
        services.TryAddSingleton<PushedAuthorizationStore>();
        services.TryAddSingleton<PushedAuthorizationService>();
        services.TryAddSingleton<AuthorizationCodes>();
        services.TryAddSingleton<SiteLinks>();
        services.TryAddSingleton<LinkedSitesService>();
        // Deleting an account ends its links and removes its pairwise subjects.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, ExternalSitesAccountDeletion>());
        services.TryAddSingleton<AuthorizationTransactions>();
        services.TryAddSingleton<SiteAuthorizationService>();
        services.AddDpop();
        return services;
    }
}
