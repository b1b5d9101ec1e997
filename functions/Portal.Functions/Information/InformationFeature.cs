using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Information;
using Portal.Domain.Proxies;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Information;

/// <summary>わたしの情報: the public categories catalogue, agencies' records (副本) and the residents' view of them.</summary>
public static class InformationFeature
{
    public static IServiceCollection AddInformationFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddInformation(configuration)
        .AddProblems(InformationProblems.Register)
        .AddCallers(callers => callers
            .Allow("ListInformationCategories", Callers.Anyone)
            .Allow("PutAgencyInformationRecord", Callers.Agency(PortalScopes.AgencyInformation))
            .Allow("ListAgencyInformationRecords", Callers.Agency(PortalScopes.AgencyInformation))
            .Allow("GetMyInformation", Callers.ResidentOrProxy(DelegatedServices.Information)))
        .AddRouteValues(values => values
            .For("PutAgencyInformationRecord", ("residentRef", InformationIdentifiers.ResidentRef),
                ("category", InformationIdentifiers.Category), ("recordId", InformationIdentifiers.Record))
            .For("ListAgencyInformationRecords", ("residentRef", InformationIdentifiers.ResidentRef),
                ("category", InformationIdentifiers.Category)));
}
