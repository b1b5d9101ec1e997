using Microsoft.Extensions.DependencyInjection;

namespace Functions.Http.Problems;

public static class ProblemServiceCollectionExtensions
{
    /// <summary>Adds an app's or a feature's problem mappings (called from the feature's own DI extension).</summary>
    public static IServiceCollection AddProblems(this IServiceCollection services, Action<ProblemMappings> register) =>
        services.Configure(register);
}
