using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Information;
using Portal.Domain.PublicFundsAccounts;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;

namespace Portal.Functions.PublicFundsAccounts;

/// <summary>
/// 公金受取口座 for residents. The resident's own only: declared for <c>portal</c> and no delegated service, so a
/// proxy's delegated token is refused before the function runs. Paying agencies read it with <c>agency.payments</c>.
/// </summary>
public static class PublicFundsAccountFeature
{
    public static IServiceCollection AddPublicFundsAccountFeature(this IServiceCollection services) => services
        .AddPublicFundsAccounts()
        .AddProblems(PublicFundsAccountProblems.Register)
        .AddCallers(callers => callers
            .Allow("GetPublicFundsAccount", Callers.Resident(PortalScopes.Portal))
            .Allow("PutPublicFundsAccount", Callers.Resident(PortalScopes.Portal))
            .Allow("DeletePublicFundsAccount", Callers.Resident(PortalScopes.Portal))
            .Allow("GetAgencyPublicFundsAccount", Callers.Agency(PortalScopes.AgencyPayments)))
        .AddRouteValues(values => values
            .For("GetAgencyPublicFundsAccount", ("residentRef", InformationIdentifiers.ResidentRef)));
}
