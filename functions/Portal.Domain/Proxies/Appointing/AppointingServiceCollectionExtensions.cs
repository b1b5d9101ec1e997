using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;
using Portal.Domain.Notices.Personal;

namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// 代理人の設定: appointing both ways with the other person's card, the lists, cancelling and resigning. Needs
/// storage, accounts, card requests, 操作履歴, お知らせ, 通知設定, e-mail and the わたしの情報 catalogue.
/// </summary>
public static class AppointingServiceCollectionExtensions
{
    public static IServiceCollection AddProxyAppointing(this IServiceCollection services)
    {
        services.AddProxies();
        services.TryAddSingleton<AppointmentValidator>();
        services.TryAddSingleton<DelegationWords>();
        services.TryAddSingleton<PortalNoticeSender>();
        services.TryAddSingleton<ProxyNotices>();
        services.TryAddSingleton<DelegationFinalizer>();
        services.TryAddSingleton<ProxyAppointmentService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, ProxiesAccountDeletion>());
        return services;
    }
}
