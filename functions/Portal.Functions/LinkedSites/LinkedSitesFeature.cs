using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.Identity;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.LinkedSites;

/// <summary>
/// 連携中のサイト: the resident lists and unlinks the sites linked through 外部サイト連携. The links themselves are the
/// external sites feature's (the consent page writes them, the external API reads them), so this adds the HTTP side.
/// Registered residents only: linking needs a finished registration.
/// </summary>
public static class LinkedSitesFeature
{
    public static IServiceCollection AddLinkedSitesFeature(this IServiceCollection services)
    {
        var registered = Callers.Resident(PortalScopes.Portal);
        return services
            .AddProblems(LinkedSiteProblems.Register)
            .AddCallers(callers => callers
                .Allow("ListLinkedSites", registered)
                .Allow("UnlinkSite", registered))
            .AddRouteValues(values => values.For("UnlinkSite", ("siteId", SiteIdentifiers.Site)));
    }
}
