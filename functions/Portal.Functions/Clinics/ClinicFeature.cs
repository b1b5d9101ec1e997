using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Clinics;
using Portal.Domain.Identity;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Clinics;

/// <summary>
/// オンライン資格確認 for medical institutions: a clinic's token (<c>clinic.eligibility</c>) only, on these two
/// operations only; every other operation declares no clinic, so a clinic token reaches nothing else.
/// </summary>
public static class ClinicFeature
{
    public static IServiceCollection AddClinicFeature(this IServiceCollection services)
    {
        var clinic = new CallerRule(CallerKind.Clinic, [PortalScopes.ClinicEligibility]);
        services.TryAddSingleton<ClinicAuthenticator>();
        return services
            .AddClinics()
            .AddProblems(ClinicProblems.Register)
            .AddCallers(callers => callers
                .Allow("StartEligibilityCheck", clinic)
                .Allow("GetEligibilityCheck", clinic))
            .AddRouteValues(values => values.For("GetEligibilityCheck", ("id", ClinicIdentifiers.Check)));
    }
}
