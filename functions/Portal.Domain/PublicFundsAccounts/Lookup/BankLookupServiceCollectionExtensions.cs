using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts.Lookup;

/// <summary>The bank and branch search over the same Zengin data the account checks use.</summary>
public static class BankLookupServiceCollectionExtensions
{
    public static IServiceCollection AddBankLookup(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => ZenginDirectory.Embedded);
        services.TryAddSingleton<BankLookup>();
        return services;
    }
}
