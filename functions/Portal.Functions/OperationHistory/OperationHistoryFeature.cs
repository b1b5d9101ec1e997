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
            .Allow("ExportOperations", Callers.ResidentOrProxy(DelegatedServices.History)));
}
