using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Notices.Attachments;
using Portal.Domain.Notices.Delivery;
using Portal.Domain.Quotas;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// お知らせの送信 (the agency side): notices in <c>notices</c> under the agency's area, the per-day counters in
/// <c>grants</c>, the rules from the <c>Notices</c> section (<see cref="NoticeSendingOptions"/>). Needs storage.
/// </summary>
public static class NoticeSendingServiceCollectionExtensions
{
    public static IServiceCollection AddNoticeSending(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NoticeSendingOptions>()
            .Bind(configuration.GetSection(NoticeSendingOptions.Section))
            .Validate(o => o.PerDayLimit >= 1 && o.MaxTitleLength >= 1 && o.MaxBodyLength >= 1 && o.MaxLifetime > TimeSpan.Zero
                && o.MaxTemplateValueLength >= 1 && o.MaxTemplateValues >= 1,
                "Notices: the limits must be at least 1 and MaxLifetime positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SentNoticeRepository>();
        services.TryAddSingleton<NoticeValidator>();
        // Personal notices are addressed by the refs their agency's applications carried.
        services.AddResidentRefs(configuration);
        services.AddNoticeAttachments(configuration);
        services.TryAddSingleton<NoticeAddressing>();
        services.AddDailyQuota();
        services.AddNoticeDelivery(configuration);
        services.TryAddSingleton<AgencyNoticeService>();
        return services;
    }
}
