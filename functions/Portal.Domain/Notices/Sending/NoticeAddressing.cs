using Portal.Domain.Applications.Agencies;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices.Areas;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Notices.Sending;

/// <summary>
/// Where a notice goes: an area or segment notice to the agency's own area partition, a personal notice to its
/// resident's own partition, found by the agency's residentRef looked up only under the agency's own body (the same
/// <c>applications</c> partition its applications arrive in), so another body's ref never resolves.
/// </summary>
public sealed class NoticeAddressing(ResidentRefIndex refs)
{
    /// <exception cref="NoticeResidentUnknownException">A ref the agency's body never gave out.</exception>
    public async Task<NoticeAddress> ResolveAsync(AgencyContext agency, NoticeAudience audience, CancellationToken cancellationToken)
    {
        if (audience.Kind != NoticeAudienceKinds.Resident)
        {
            return new NoticeAddress(AgencyArea.KeyOf(agency), audience);
        }
        var account = await refs.ResolveAsync(AgencyPartition.Of(agency), audience.ResidentRef, cancellationToken)
            ?? throw new NoticeResidentUnknownException();
        return new NoticeAddress(AudienceKeys.Resident(account), audience with { ResidentAccountId = account });
    }
}
