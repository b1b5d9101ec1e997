using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;
using Portal.Domain.Information.Residents;
using Portal.Domain.Notices.Personal;
using Portal.Domain.PublicFundsAccounts.BankDataChanges;
using Portal.Domain.PublicFundsAccounts.Payments;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// 公金受取口座: the Zengin data (the shipped set unless one was registered before), the account's storage, checks,
/// notices and service; agencies' reads for payments, わたしの情報 15 and the daily bank-data check. Needs storage, accounts, 操作履歴, お知らせ, 通知設定 and e-mail.
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
        // Agencies' reads: needs やりとり履歴 (ExchangeRecorder) and residents' refs, which the exchanges feature adds.
        services.TryAddSingleton(_ => PaymentPurposeTable.Embedded);
        services.TryAddSingleton<AgencyPaymentAccountService>();
        services.TryAddSingleton<RegisteredAccounts>();
        services.TryAddSingleton<BankDataChangeNotices>();
        services.TryAddSingleton<BankDataChangeScan>();
        services.TryAddSingleton<ZenginDataSource>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPortalHeldInformation, PublicFundsAccountInformation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, PublicFundsAccountDeletion>());
        return services;
    }
}
