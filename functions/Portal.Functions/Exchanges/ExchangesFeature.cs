using Microsoft.Extensions.Configuration;
using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Exchanges;
using Portal.Domain.Identity;
using Portal.Domain.Proxies;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Exchanges;

/// <summary>
/// やりとり履歴: the resident's exchanges (listed, and exported signed), an agency's own exchange log, and the outbox
/// writer; 情報照会 between agencies by the allowed-purpose table. The log and 情報照会 is read with <c>agency.information</c>: it is the record of information exchanged, kept for §23.
/// </summary>
public static class ExchangesFeature
{
    public static IServiceCollection AddExchangesFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddExchanges(configuration)
        .AddProblems(ExchangeProblems.Register)
        .AddCallers(callers => callers
            .Allow("ListExchanges", Callers.ResidentOrProxy(DelegatedServices.Exchanges))
            .Allow("ExportExchanges", Callers.ResidentOrProxy(DelegatedServices.Exchanges))
            .Allow("ListAgencyExchanges", Callers.Agency(PortalScopes.AgencyInformation))
            .Allow("RequestAgencyExchange", Callers.Agency(PortalScopes.AgencyInformation)));
}
