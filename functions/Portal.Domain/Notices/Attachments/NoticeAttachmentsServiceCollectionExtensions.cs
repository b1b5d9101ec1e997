using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Notices.Attachments;

/// <summary>
/// お知らせの添付: agencies' PDFs in the <c>notice-attachments</c> blob container, scanned like draft files, and the
/// residents' short-lived download links (sealed with a key derived from the residentRef secret). Needs storage; the
/// downloads also need the inbox (<c>AddNoticeInbox</c>).
/// </summary>
public static class NoticeAttachmentsServiceCollectionExtensions
{
    public static IServiceCollection AddNoticeAttachments(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddResidentRefs(configuration);
        services.TryAddSingleton<IMalwareScanner, EicarMalwareScanner>();
        services.TryAddSingleton<NoticeAttachmentStore>();
        services.TryAddSingleton<AgencyNoticeAttachments>();
        services.TryAddSingleton<NoticeAttachmentLinks>();
        services.TryAddSingleton<NoticeAttachmentDownloads>();
        return services;
    }
}
