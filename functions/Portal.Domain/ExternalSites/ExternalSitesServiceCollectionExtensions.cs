using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;
using Portal.Domain.ExternalSites.Authorization;
using Portal.Domain.ExternalSites.Codes;
using Portal.Domain.ExternalSites.Information;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.ExternalSites.Pairwise;
using Portal.Domain.ExternalSites.PushedAuthorization;
using Portal.Domain.ExternalSites.Tokens;
using Portal.Domain.Identity.Dpop;
using Portal.Domain.Residents.References;

namespace Portal.Domain.ExternalSites;

/// <summary>
/// 外部サイト連携: pairwise subjects (their key derived from the residentRef secret, <see cref="ResidentRefOptions"/>)
/// pushed authorization requests, the authorization page's transactions, authorization codes, the residents' linked
/// sites, DPoP, the code grant's tokens and the external API. Needs storage; the sites themselves are clients and the
/// tokens are signed with the portal's key (<c>AddIdentity</c>); the external API reads わたしの情報 and records
/// exchanges (<c>AddInformation</c>, <c>AddExchanges</c>).
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
        services.TryAddSingleton<SiteAccessTokens>();
        services.TryAddSingleton<SiteIdTokens>();
        services.TryAddSingleton<SiteCodeGrant>();
        services.TryAddSingleton<SiteInformationService>();
        services.AddDpop();
        return services;
    }
}
