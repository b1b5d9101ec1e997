using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Terms;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Terms;

/// <summary>利用規約: the published versions, public.</summary>
public static class TermsFeature
{
    public static IServiceCollection AddTermsFeature(this IServiceCollection services) => services
        .AddProblems(TermsProblems.Register)
        .AddCallers(callers => callers
            .Allow("GetCurrentTerms", Callers.Anyone)
            .Allow("GetTermsVersion", Callers.Anyone))
        .AddRouteValues(values => values
            .For("GetTermsVersion", ("version", TermsIdentifiers.Version)));
}
