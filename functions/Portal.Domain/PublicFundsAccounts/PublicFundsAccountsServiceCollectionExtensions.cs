using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;
using Portal.Domain.Notices.Personal;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// 公金受取口座: the Zengin data (the shipped set unless one was registered before), the account's storage, checks,
/// notices and service. Needs storage, accounts, 操作履歴, お知らせ, 通知設定 and e-mail.
/// </summary>
public static class PublicFundsAccountsServiceCollectionExtensions
{
    public static IServiceCollection AddPublicFundsAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ZenginDirectory.Embedded);
        services.TryAddSingleton<PublicFundsAccountRepository>();
        services.TryAddSingleton<PublicFundsAccountValidator>();
        services.TryAddSingleton<PortalNoticeSender>();
        services.TryAddSingleton<PublicFundsAccountNotices>();
        services.TryAddSingleton<PublicFundsAccountService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, PublicFundsAccountDeletion>());
        return services;
    }
}
