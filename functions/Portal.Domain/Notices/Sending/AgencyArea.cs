using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices.Areas;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// The one area an agency's notices reach, from its token's binding and never from the request: a municipality's or
/// ward's code, a prefecture's code (its residents' area chains hold it, so one document reaches every municipality),
/// or for a national agency the whole country. It is also the partition all its notices live in.
/// </summary>
public static class AgencyArea
{
    /// <summary>The audience key of <paramref name="agency"/>'s area (<see cref="AudienceKeys"/>).</summary>
    public static string KeyOf(AgencyContext agency) =>
        CodeOf(agency) is { } code ? AudienceKeys.Area(code) : AudienceKeys.National;

    /// <summary>The local government code, or null for a national agency.</summary>
    public static string? CodeOf(AgencyContext agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return agency.Binding switch
        {
            { LocalGovernmentCode: { Length: > 0 } code } => code,
            { NationalAgencyId: { Length: > 0 } } => null,
            // An insurer's members live anywhere: like a national agency, its area is the country.
            { InsurerNumber: { Length: > 0 } } => null,
            _ => throw new InvalidOperationException("An agency token is always bound to a body."),
        };
    }
}
