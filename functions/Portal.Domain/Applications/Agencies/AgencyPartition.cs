using Portal.Domain.Identity.Clients;
using Portal.Domain.Procedures.Offerings;

namespace Portal.Domain.Applications.Agencies;

/// <summary>
/// The one <c>applications</c> partition an agency token may touch: its local government code, or for a national
/// agency the key its offerings are published under ("national-{id}"), which is what a national procedure's
/// application would be received under; for a health insurer "insurer-{保険者番号}" (it receives no applications yet, but
/// the residentRefs it is given live there). Never anything the request names.
/// </summary>
public static class AgencyPartition
{
    public static string Of(AgencyContext agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return agency.Binding switch
        {
            { LocalGovernmentCode: { Length: > 0 } code } => code,
            { NationalAgencyId: { Length: > 0 } id } => OfferingSet.NationalKey(id),
            { InsurerNumber: { Length: > 0 } number } => $"insurer-{number}",
            _ => throw new InvalidOperationException("An agency token is always bound to a body."),
        };
    }
}
