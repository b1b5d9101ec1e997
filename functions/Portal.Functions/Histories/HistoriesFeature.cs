using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Histories;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Histories;

/// <summary>What the verifiable histories share at the edge: the published history keys, for anyone to verify with.</summary>
public static class HistoriesFeature
{
    public static IServiceCollection AddHistoriesFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddHistories(configuration)
        .AddCallers(callers => callers.Allow("GetHistoryKeys", Callers.Anyone));
}
