using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;
using Portal.Domain.Notices.Personal;

namespace Portal.Domain.HealthInsurance;

/// <summary>マイナ保険証: the 利用登録's storage, notices and service. Needs storage, accounts, わたしの情報, 操作履歴 and お知らせ.</summary>
public static class HealthInsuranceServiceCollectionExtensions
{
    public static IServiceCollection AddHealthInsurance(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HealthInsuranceRegistrationRepository>();
        services.TryAddSingleton<InsuranceQualifications>();
        services.TryAddSingleton<PortalNoticeSender>();
        services.TryAddSingleton<HealthInsuranceNotices>();
        services.TryAddSingleton<HealthInsuranceService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, HealthInsuranceDeletion>());
        return services;
    }
}
