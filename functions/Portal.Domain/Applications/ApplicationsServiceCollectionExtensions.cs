using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Applications.Attachments;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Notifications;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Residents;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Applications.Status;
using Portal.Domain.Applications.Submissions;
using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.Zengin;
using Portal.Domain.Notices;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Proxies;
using Portal.Domain.Residents.References;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications;

/// <summary>
/// 電子申請: applications in <c>applications</c> (by receiving body), their files in the
/// <c>application-attachments</c> blob container, and status events on the <c>application-events</c> queue (app setting
/// <c>ApplicationEventsQueue</c>). Each event is mailed (when the resident asked) and, when the app setting
/// <c>BotEventsQueue</c> names the chatbot's queue, handed to the chatbot as an <c>ApplicationStatusNotice</c> there, in
/// the storage account of the connection setting <c>BotEventsStorage</c> (a connection string, or
/// <c>BotEventsStorage__accountName</c>/<c>__queueServiceUri</c> with the managed identity) or, without it, in the
/// portal's own <c>AzureWebJobsStorage</c>. Needs storage, e-mail, operation history, certificates, card requests,
/// accounts, forms, the procedure catalog and drafts (a submission is made from a draft).
/// </summary>
public static class ApplicationsServiceCollectionExtensions
{
    public static IServiceCollection AddApplications(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApplicationRepository>();
        services.TryAddSingleton<ApplicationAttachmentStore>();
        // The queue's name is an app setting the queue trigger reads too.
        services.TryAddSingleton(sp => new ApplicationEventPublisher(sp.GetRequiredService<StorageAccount>(),
            configuration[ApplicationEventPublisher.QueueSetting] is { Length: > 0 } queue ? queue : ApplicationEventPublisher.DefaultQueueName));

        // Submission (電子申請の送信): receipt numbers reserved nationwide in receipts, submissions by Idempotency-Key.
        services.TryAddSingleton<ReceiptRepository>();
        services.TryAddSingleton<IReceiptReservations>(sp => sp.GetRequiredService<ReceiptRepository>());
        services.TryAddSingleton<IReceiptNumberSource, RandomReceiptNumberSource>();
        services.TryAddSingleton<ReceiptNumberIssuer>();
        services.TryAddSingleton<SubmissionRepository>();
        services.TryAddSingleton<CorrectionTargets>();
        services.TryAddSingleton<SubmissionSideEffects>();
        // Resolved on first use, as for card requests: the validator needs the trust anchors, which may be unconfigured.
        services.TryAddSingleton<ApplicationSignatureVerifier>();
        services.TryAddSingleton<Func<ApplicationSignatureVerifier>>(sp => sp.GetRequiredService<ApplicationSignatureVerifier>);
        // Each application carries the applicant's ref for the receiving body (personal notices are addressed to it).
        services.AddResidentRefs(configuration);
        services.TryAddSingleton<SubmissionFinalizer>();
        // A proxy's submission keeps the delegation it was filed under.
        services.AddProxies();
        services.TryAddSingleton<PublicFundsAccountChoice>();
        services.TryAddSingleton<PublicFundsAccountRepository>();
        services.TryAddSingleton(_ => ZenginDirectory.Embedded);
        services.TryAddSingleton<SubmissionService>();

        // 申請状況: status changes for residents and agencies, and telling the resident of each.
        services.TryAddSingleton<ApplicationStatusChanger>();
        services.TryAddSingleton<IResidentApplicationLocator, ReceiptApplicationLocator>();
        services.TryAddSingleton<ResidentApplicationService>();
        services.TryAddSingleton<AgencyApplicationService>();
        services.TryAddSingleton<ApplicationEventDispatcher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IApplicationNotifier, ApplicationEmailNotifier>());
        // And in the resident's お知らせ, as a personal notice of category 手続.
        services.TryAddSingleton<NoticeRepository>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IApplicationNotifier, InboxApplicationNotifier>());
        // The chatbot's notices, where a chatbot listens (a queue named; its storage, or the portal's own).
        if (configuration[ChatbotEventQueue.QueueSetting] is { Length: > 0 })
        {
            services.TryAddSingleton(sp => ChatbotEventQueue.FromConfiguration(configuration, sp.GetRequiredService<StorageAccount>())!);
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IApplicationNotifier, ChatbotApplicationNotifier>());
        }
        return services;
    }
}
