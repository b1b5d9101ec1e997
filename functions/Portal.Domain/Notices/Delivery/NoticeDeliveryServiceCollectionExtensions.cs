using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Email;
using Portal.Domain.Notices.Figures;
using Portal.Domain.Notices.Preferences;
using Portal.Domain.Notices.Sending;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Storage;

namespace Portal.Domain.Notices.Delivery;

/// <summary>
/// お知らせの配信: the publishing timer, the fan-out on its queue (app setting <c>NoticeFanOutQueue</c>), and the pushes
/// to the chatbot's queue where <c>BotEventsQueue</c> names one (else notices reach the inbox only), and e-mail through
/// the outbox, as each resident's 通知設定 choose. Needs storage, accounts and e-mail.
/// </summary>
public static class NoticeDeliveryServiceCollectionExtensions
{
    public static IServiceCollection AddNoticeDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SentNoticeRepository>();
        services.TryAddSingleton<NoticeRecipientQuery>();
        services.TryAddSingleton(sp => new NoticeFanOutQueue(sp.GetRequiredService<StorageAccount>(),
            configuration[NoticeFanOutQueue.QueueSetting] is { Length: > 0 } queue ? queue : NoticeFanOutQueue.DefaultQueueName));
        if (configuration[ChatbotEventQueue.QueueSetting] is { Length: > 0 })
        {
            services.TryAddSingleton(sp => ChatbotEventQueue.FromConfiguration(configuration, sp.GetRequiredService<StorageAccount>())!);
            services.TryAddSingleton<INoticePushes, ChatbotNoticePushes>();
        }
        else
        {
            services.TryAddSingleton<INoticePushes, NoChatbotNoticePushes>();
        }
        services.AddNotificationPreferences();
        services.TryAddSingleton(sp => new NoticeEmails(sp.GetRequiredService<EmailOutbox>(),
            configuration[NoticeEmails.InboxUrlSetting] is { Length: > 0 } url ? url : null));
        services.TryAddSingleton<NoticeDeliveryLedger>();
        services.TryAddSingleton<Inbox.NoticeReadMarkRepository>();
        services.TryAddSingleton<NoticeFiguresReader>();
        services.TryAddSingleton<LocalGovernmentDirectory>(_ => LocalGovernmentCatalog.Load());
        services.TryAddSingleton<NoticeFanOutChains>();
        services.TryAddSingleton<NoticeFanOut>();
        services.TryAddSingleton<NoticePublisher>();
        return services;
    }
}
