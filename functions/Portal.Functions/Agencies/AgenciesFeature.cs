using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Applications;
using Portal.Domain.Identity;
using Portal.Domain.Procedures;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;

namespace Portal.Functions.Agencies;

/// <summary>The agency API: an agency's own registration, what it offers in さがす, and the applications it receives.</summary>
public static class AgenciesFeature
{
    /// <remarks>The services behind these functions belong to さがす and 電子申請, which register them.</remarks>
    public static IServiceCollection AddAgenciesFeature(this IServiceCollection services) => services
        .AddCallers(callers => callers
            .Allow("GetAgencyMe", Callers.Agency(null))
            .Allow("GetAgencyOfferings", Callers.Agency(PortalScopes.AgencyProcedures))
            .Allow("PutAgencyOffering", Callers.Agency(PortalScopes.AgencyProcedures))
            .Allow("DeleteAgencyOffering", Callers.Agency(PortalScopes.AgencyProcedures))
            .Allow("ListAgencyApplications", Callers.Agency(PortalScopes.AgencyApplications))
            .Allow("GetAgencyApplication", Callers.Agency(PortalScopes.AgencyApplications))
            .Allow("GetAgencyApplicationAttachment", Callers.Agency(PortalScopes.AgencyApplications))
            .Allow("ChangeAgencyApplicationStatus", Callers.Agency(PortalScopes.AgencyApplications)))
        .AddRouteValues(values => values
            .For("GetAgencyApplication", ("receiptNumber", ApplicationIdentifiers.ReceiptNumber))
            .For("ChangeAgencyApplicationStatus", ("receiptNumber", ApplicationIdentifiers.ReceiptNumber))
            .For("GetAgencyApplicationAttachment", ("receiptNumber", ApplicationIdentifiers.ReceiptNumber), ("revision", ApplicationIdentifiers.Revision), ("index", ApplicationIdentifiers.AttachmentIndex))
            .For("PutAgencyOffering", ("procedureId", ProcedureIdentifiers.Procedure))
            .For("DeleteAgencyOffering", ("procedureId", ProcedureIdentifiers.Procedure)));
}
