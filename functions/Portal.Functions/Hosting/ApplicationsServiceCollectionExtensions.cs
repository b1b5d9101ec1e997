using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Attachments;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Notifications;
using Portal.Domain.Applications.Residents;
using Portal.Domain.Applications.Status;
using Portal.Domain.Storage;

namespace Portal.Functions.Hosting;

/// <summary>
/// 電子申請's wiring: applications in <c>applications</c> (by receiving body), their files in the
/// <c>application-attachments</c> blob container, and status events on the <c>application-events</c> queue.
/// </summary>
public static class ApplicationsServiceCollectionExtensions
{
    public static IServiceCollection AddPortalApplications(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ApplicationRepository(sp.GetRequiredService<PortalDatabase>()));
        services.AddSingleton<ApplicationAttachmentStore>();
        services.AddSingleton<ApplicationEventPublisher>();

        // 申請状況: status changes for residents and agencies, and telling the resident of each.
        services.AddSingleton<ApplicationStatusChanger>();
        services.AddSingleton<IResidentApplicationLocator, QueryApplicationLocator>();
        services.AddSingleton<ResidentApplicationService>();
        services.AddSingleton<AgencyApplicationService>();
        services.AddSingleton<ApplicationEventDispatcher>();
        // The chatbot adds its own IApplicationNotifier beside this one.
        services.AddSingleton<IApplicationNotifier, ApplicationEmailNotifier>();
        return services;
    }
}
