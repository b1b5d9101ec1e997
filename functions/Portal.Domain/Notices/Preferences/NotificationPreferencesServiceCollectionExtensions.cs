using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;

namespace Portal.Domain.Notices.Preferences;

/// <summary>通知設定: read by the inbox (interests) and the fan-out (channels, quiet hours). Needs storage and accounts.</summary>
public static class NotificationPreferencesServiceCollectionExtensions
{
    public static IServiceCollection AddNotificationPreferences(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NotificationPreferencesRepository>();
        services.TryAddSingleton<NotificationPreferencesService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, NotificationPreferencesAccountDeletion>());
        return services;
    }
}
