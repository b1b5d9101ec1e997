using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.HealthInsurance;
using Portal.Domain.Identity;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.HealthInsurance;

/// <summary>
/// マイナ保険証 for residents. The resident's own only: declared for <c>portal</c> and no delegated service, so a
/// proxy's delegated token is refused before the function runs.
/// </summary>
public static class HealthInsuranceFeature
{
    public static IServiceCollection AddHealthInsuranceFeature(this IServiceCollection services) => services
        .AddHealthInsurance()
        .AddCallers(callers => callers
            .Allow("GetHealthInsurance", Callers.Resident(PortalScopes.Portal))
            .Allow("RegisterHealthInsurance", Callers.Resident(PortalScopes.Portal))
            .Allow("WithdrawHealthInsurance", Callers.Resident(PortalScopes.Portal)));
}
