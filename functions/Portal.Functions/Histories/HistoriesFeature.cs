using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Histories;
using Portal.Domain.Histories.Trees;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Histories;

/// <summary>
/// What the verifiable histories share at the edge: the published history keys, for anyone to verify with, and the
/// daily signed tree over every resident's history heads (its timer, and each day's head published).
/// </summary>
public static class HistoriesFeature
{
    public static IServiceCollection AddHistoriesFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddHistoryTrees(configuration)
        .AddProblems(HistoriesProblems.Register)
        .AddCallers(callers => callers
            .Allow("GetHistoryKeys", Callers.Anyone)
            .Allow("GetTreeHead", Callers.Anyone))
        .AddRouteValues(values => values.For("GetTreeHead", ("day", HistoryTreeIdentifiers.Day)));
}
