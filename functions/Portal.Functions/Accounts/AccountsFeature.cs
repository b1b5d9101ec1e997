using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Accounts;

/// <summary>利用者登録, アカウント設定, the account's certificates, terms accepted and 利用者情報 read from the card.</summary>
public static class AccountsFeature
{
    public static IServiceCollection AddAccountsFeature(this IServiceCollection services)
    {
        // A pending account's token (registration) reads its account and registers; everything else needs portal.
        var pendingOrRegistered = Callers.Resident(PortalScopes.Registration, PortalScopes.Portal);
        return services
            .AddAccounts()
            .AddProblems(AccountProblems.Register)
            .AddCallers(callers => callers
                .Allow("GetMe", pendingOrRegistered)
                .Allow("DeleteMe", pendingOrRegistered)
                .Allow("StartRegistration", pendingOrRegistered)
                .Allow("GetRegistration", pendingOrRegistered)
                .Allow("ConfirmRegistration", pendingOrRegistered)
                .Allow("UpdateSettings", Callers.Resident())
                .Allow("StartEmailChange", Callers.Resident())
                .Allow("ConfirmEmailChange", Callers.Resident())
                .Allow("GetAccountTerms", Callers.Resident())
                .Allow("AcceptTerms", Callers.Resident())
                .Allow("ListCertificates", Callers.Resident())
                .Allow("StartCertificateAdd", Callers.Resident())
                .Allow("CompleteCertificateAdd", Callers.Resident())
                .Allow("GetProfile", Callers.Resident())
                .Allow("DeleteProfile", Callers.Resident())
                .Allow("StartProfileCardReading", Callers.Resident())
                .Allow("CompleteProfileCardReading", Callers.Resident()))
            .AddRouteValues(values => values
                .For("CompleteCertificateAdd", ("cardRequestId", CardRequestIdentifiers.CardRequest))
                .For("CompleteProfileCardReading", ("cardRequestId", CardRequestIdentifiers.CardRequest)));
    }
}
