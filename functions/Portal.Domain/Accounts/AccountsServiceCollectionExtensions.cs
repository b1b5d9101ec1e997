using Portal.Domain.Notices.Areas;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.LocalGovernments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Accounts.Registration;
using Portal.Domain.Accounts.Settings;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Terms;

namespace Portal.Domain.Accounts;

/// <summary>
/// Accounts: sign-in by certificate (claims), 利用者登録, アカウント設定, the account's certificates, the terms they
/// accept and 利用者情報 read from the card. Needs storage, e-mail, operation history and card requests.
/// </summary>
public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TermsRepository>();
        services.TryAddSingleton<AccountRepository>();
        services.TryAddSingleton<CertificateClaimRepository>();
        services.TryAddSingleton<EmailConfirmationStore>();
        services.TryAddSingleton<AccountService>();
        services.TryAddSingleton<RegistrationService>();
        services.TryAddSingleton<AccountSettingsService>();
        services.TryAddSingleton<AccountCertificateService>();
        services.Replace(ServiceDescriptor.Singleton<ICardHolders, AccountCardHolders>());
        // Where a profile's address is, for area notices (the CC0 list of local governments, loaded once).
        services.TryAddSingleton<LocalGovernmentDirectory>(_ => LocalGovernmentCatalog.Load());
        services.TryAddSingleton<ResidentAreas>();
        services.TryAddSingleton<ProfileService>();
        return services;
    }
}
