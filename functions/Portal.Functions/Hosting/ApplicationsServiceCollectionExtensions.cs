using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Applications.Attachments;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Notifications;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Residents;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Applications.Status;
using Portal.Domain.Applications.Submissions;
using Portal.Domain.Applications;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Storage;

namespace Portal.Functions.Hosting;

/// <summary>
/// 電子申請's wiring: applications in <c>applications</c> (by receiving body), their files in the
/// <c>application-attachments</c> blob container, and status events on the <c>application-events</c> queue (app setting <c>ApplicationEventsQueue</c>).
/// Each event is mailed (when the resident asked) and, when the app setting <c>BotEventsQueue</c> names the chatbot's
/// queue, handed to the chatbot as an <c>ApplicationStatusNotice</c> there, in the storage account of the connection
/// setting <c>BotEventsStorage</c> (a connection string, or <c>BotEventsStorage__accountName</c>/<c>__queueServiceUri</c>
/// with the managed identity) or, without it, in the portal's own <c>AzureWebJobsStorage</c>.
/// </summary>
public static class ApplicationsServiceCollectionExtensions
{
    public static IServiceCollection AddPortalApplications(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ApplicationRepository(sp.GetRequiredService<PortalDatabase>()));
        services.AddSingleton<ApplicationAttachmentStore>();
        services.AddSingleton(sp => new ApplicationEventPublisher(sp.GetRequiredService<StorageAccount>(),
            configuration[ApplicationEventPublisher.QueueSetting] is { Length: > 0 } queue ? queue : ApplicationEventPublisher.DefaultQueueName));

        // Submission (電子申請の送信): receipt numbers reserved nationwide in receipts, submissions by Idempotency-Key.
        services.AddSingleton(sp => new ReceiptRepository(sp.GetRequiredService<PortalDatabase>()));
        services.TryAddSingleton<IReceiptNumberSource, RandomReceiptNumberSource>();
        services.AddSingleton(sp => new ReceiptNumberIssuer(sp.GetRequiredService<ReceiptRepository>(), sp.GetRequiredService<IReceiptNumberSource>()));
        services.AddSingleton(sp => new SubmissionRepository(sp.GetRequiredService<PortalDatabase>()));
        services.AddSingleton<CorrectionTargets>();
        services.AddSingleton<SubmissionSideEffects>();
        // The validator resolves on first use, as for card requests: the trust anchors load then.
        services.AddSingleton<Func<ApplicationSignatureVerifier>>(sp =>
            () => new ApplicationSignatureVerifier(sp.GetRequiredService<CertificateValidator>()));
        services.AddSingleton<SubmissionFinalizer>();
        services.AddSingleton<SubmissionService>();

        // 申請状況: status changes for residents and agencies, and telling the resident of each.
        services.AddSingleton<ApplicationStatusChanger>();
        services.AddSingleton<IResidentApplicationLocator, ReceiptApplicationLocator>();
        services.AddSingleton<ResidentApplicationService>();
        services.AddSingleton<AgencyApplicationService>();
        services.AddSingleton<ApplicationEventDispatcher>();
        services.AddSingleton<IApplicationNotifier, ApplicationEmailNotifier>();
        // The chatbot's notices, where a chatbot listens (a queue named; its storage, or the portal's own).
        if (configuration[ChatbotApplicationNotifier.QueueSetting] is { Length: > 0 } botQueue)
        {
            services.AddSingleton<IApplicationNotifier>(sp => new ChatbotApplicationNotifier(
                configuration.GetSection(ChatbotApplicationNotifier.StorageSetting).Exists()
                    ? StorageAccount.FromConfiguration(configuration, ChatbotApplicationNotifier.StorageSetting)
                    : sp.GetRequiredService<StorageAccount>(),
                botQueue, sp.GetRequiredService<CatalogHost>()));
        }
        return services;
    }
}
