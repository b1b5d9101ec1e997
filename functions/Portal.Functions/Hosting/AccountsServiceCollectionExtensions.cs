using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Accounts.Registration;
using Portal.Domain.Accounts.Settings;
using Portal.Domain.Email;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Domain.Terms;

namespace Portal.Functions.Hosting;

/// <summary>
/// The account feature's wiring: sign-in by certificate (claims), 利用者登録, アカウント設定, certificates, terms and
/// 操作履歴. Card requests and tokens come from <see cref="IdentityServiceCollectionExtensions"/>.
/// </summary>
public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new OperationHistoryStore(sp.GetRequiredService<PortalDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new OperationHistoryReader(sp.GetRequiredService<OperationHistoryStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new TermsRepository(sp.GetRequiredService<PortalDatabase>()));
        services.AddSingleton(sp => new AccountRepository(sp.GetRequiredService<PortalDatabase>()));
        services.AddSingleton(sp => new CertificateClaimRepository(sp.GetRequiredService<PortalDatabase>()));
        services.AddSingleton(sp => new EmailConfirmationStore(sp.GetRequiredService<PortalDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AccountService(
            sp.GetRequiredService<AccountRepository>(), sp.GetRequiredService<CertificateClaimRepository>(),
            sp.GetRequiredService<EmailConfirmationStore>(), sp.GetRequiredService<OperationHistoryStore>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AccountService>>()));
        services.AddSingleton(sp => new RegistrationService(
            sp.GetRequiredService<AccountService>(), sp.GetRequiredService<AccountRepository>(),
            sp.GetRequiredService<EmailConfirmationStore>(), sp.GetRequiredService<TermsRepository>(),
            sp.GetRequiredService<EmailOutbox>(), sp.GetRequiredService<OperationHistoryStore>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RegistrationService>>()));
        services.AddSingleton(sp => new AccountSettingsService(
            sp.GetRequiredService<AccountService>(), sp.GetRequiredService<AccountRepository>(),
            sp.GetRequiredService<EmailConfirmationStore>(), sp.GetRequiredService<TermsRepository>(),
            sp.GetRequiredService<EmailOutbox>(), sp.GetRequiredService<OperationHistoryStore>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AccountSettingsService>>()));
        services.AddSingleton(sp => new AccountCertificateService(
            sp.GetRequiredService<AccountService>(), sp.GetRequiredService<AccountRepository>(),
            sp.GetRequiredService<CertificateClaimRepository>(), sp.GetRequiredService<CardRequestService>(),
            sp.GetRequiredService<CardRequestRepository>(), sp.GetRequiredService<OperationHistoryStore>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AccountCertificateService>>()));
        return services;
    }
}
