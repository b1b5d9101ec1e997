using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Residents.Lookup;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.ResidentLookup;

/// <summary>
/// 本人確認情報の照会: the resident's consent, and the agency's lookup by the basic 4 items. The lookup takes
/// <c>agency.information</c>: a body finds a resident to register records about or to ask about, and what it gets is
/// recorded as an exchange, like the rest of that scope.
/// </summary>
public static class ResidentLookupFeature
{
    public static IServiceCollection AddResidentLookupFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddResidentLookup(configuration)
        .AddProblems(ResidentLookupProblems.Register)
        .AddCallers(callers => callers
            .Allow("GetLookupConsent", Callers.Resident())
            .Allow("UpdateLookupConsent", Callers.Resident())
            .Allow("LookUpResident", Callers.Agency(PortalScopes.AgencyInformation)));
}
