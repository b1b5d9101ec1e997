using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Notices.Preferences;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Notices.Preferences;

/// <summary>通知設定 for residents: which channels each category of お知らせ reaches, interests, quiet hours.</summary>
public static class NotificationPreferencesFeature
{
    public static IServiceCollection AddNotificationPreferencesFeature(this IServiceCollection services) => services
        .AddNotificationPreferences()
        .AddProblems(NotificationPreferencesProblems.Register)
        .AddCallers(callers => callers
            .Allow("GetNotificationPreferences", Callers.Resident())
            .Allow("PutNotificationPreferences", Callers.Resident()));
}
