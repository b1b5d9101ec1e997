using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Notices.Preferences;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.LocalGovernments;

namespace Portal.Domain.Notices.Inbox;

/// <summary>
/// The residents' お知らせ inbox: notices in <c>notices</c> read over the resident's area chain, read marks in
/// <c>residents</c>. Needs storage, accounts and the notices' files
/// (<c>AddNoticeAttachments</c>: a deleted account's personal notices take their files with them).
/// </summary>
public static class NoticeInboxServiceCollectionExtensions
{
    public static IServiceCollection AddNoticeInbox(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LocalGovernmentDirectory>(_ => LocalGovernmentCatalog.Load());
        services.TryAddSingleton<ResidentAreas>();
        services.TryAddSingleton<NoticeRepository>();
        services.TryAddSingleton<NoticeReadMarkRepository>();
        // Interests (segments for the interested) are part of the notification preferences.
        services.AddNotificationPreferences();
        services.TryAddSingleton<InboxResidents>();
        services.TryAddSingleton<InboxScanner>();
        services.TryAddSingleton<NoticeInbox>();
        // Deleting an account deletes its read marks and personal notices (with their files).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, NoticeInboxAccountDeletion>());
        return services;
    }
}
