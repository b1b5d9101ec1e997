using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Terms;

/// <summary>利用規約: the published versions, public.</summary>
public static class TermsFeature
{
    public static IServiceCollection AddTermsFeature(this IServiceCollection services) => services
        .AddProblems(TermsProblems.Register)
        .AddCallers(callers => callers
            .Allow("GetCurrentTerms", Callers.Anyone)
            .Allow("GetTermsVersion", Callers.Anyone));
}
