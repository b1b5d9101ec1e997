using Microsoft.Extensions.DependencyInjection;

namespace Portal.Functions.Http.Authentication;

public static class CallerServiceCollectionExtensions
{
    /// <summary>Declares a feature's operations and who may call them (called from the feature's own DI extension).</summary>
    public static IServiceCollection AddCallers(this IServiceCollection services, Action<OperationCallers> declare) =>
        services.Configure(declare);
}
