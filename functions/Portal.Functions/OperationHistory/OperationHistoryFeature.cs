using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.OperationHistory;
using Portal.Domain.Proxies;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.OperationHistory;

/// <summary>操作履歴: what the resident (or someone for them) did, for the resident to read and to export signed.</summary>
public static class OperationHistoryFeature
{
    public static IServiceCollection AddOperationHistoryFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddOperationHistoryExport(configuration)
        .AddCallers(callers => callers
            .Allow("ListOperations", Callers.ResidentOrProxy(DelegatedServices.History))
            // The export is the whole chain, which a proxy must not see (who else is a proxy, which sites are linked),
            // and cannot be filtered without breaking its hashes: it is the principal's alone.
            .Allow("ExportOperations", Callers.Resident()));
}
