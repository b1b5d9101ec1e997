using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Procedures;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Procedures;

/// <summary>さがす: the nationwide procedure catalog and local governments, public.</summary>
public static class ProceduresFeature
{
    public static IServiceCollection AddProceduresFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddProcedures(configuration)
        .AddProblems(ProcedureProblems.Register)
        .AddCallers(callers => callers
            .Allow("SearchProcedures", Callers.Anyone)
            .Allow("GetProcedure", Callers.Anyone)
            .Allow("FindLocalGovernments", Callers.Anyone)
            .Allow("GetLocalGovernmentKeywords", Callers.Anyone))
        .AddRouteValues(values => values
            .For("GetProcedure", ("id", ProcedureIdentifiers.Procedure))
            .For("GetLocalGovernmentKeywords", ("code", ProcedureIdentifiers.LocalGovernmentCode)));
}
