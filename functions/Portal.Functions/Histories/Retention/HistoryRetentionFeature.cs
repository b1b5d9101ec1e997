using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Histories.Retention;

namespace Portal.Functions.Histories.Retention;

/// <summary>The daily 7-year retention of both verifiable histories; a timer, no endpoint.</summary>
public static class HistoryRetentionFeature
{
    public static IServiceCollection AddHistoryRetentionFeature(this IServiceCollection services) => services.AddHistoryRetention();
}
