using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.PublicFundsAccounts.Lookup;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;

namespace Portal.Functions.Banks;

/// <summary>
/// 金融機関・支店の検索 for 公金受取口座: the Zengin codes are public reference data, so anyone may search them
/// (the chat's account page does, before the resident's token is involved); the edge rate-limits anonymous reads.
/// </summary>
public static class BanksFeature
{
    public static IServiceCollection AddBanksFeature(this IServiceCollection services) => services
        .AddBankLookup()
        .AddProblems(BankProblems.Register)
        .AddCallers(callers => callers
            .Allow("FindBanks", Callers.Anyone)
            .Allow("FindBranches", Callers.Anyone))
        .AddRouteValues(values => values
            .For("FindBranches", ("bankCode", BankIdentifiers.BankCode)));
}
