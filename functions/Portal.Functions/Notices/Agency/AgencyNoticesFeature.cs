using Functions.Http.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Sending;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Notices.Agency;

/// <summary>お知らせ, the agency side: sending to its own area, its list, changes while scheduled, withdrawal.</summary>
public static class AgencyNoticesFeature
{
    public static IServiceCollection AddAgencyNoticesFeature(this IServiceCollection services, IConfiguration configuration) => services
        .AddNoticeSending(configuration)
        .AddProblems(AgencyNoticeProblems.Register)
        .AddCallers(callers => callers
            .Allow("SendAgencyNotice", Callers.Agency(PortalScopes.AgencyNotices))
            .Allow("ListAgencyNotices", Callers.Agency(PortalScopes.AgencyNotices))
            .Allow("GetAgencyNotice", Callers.Agency(PortalScopes.AgencyNotices))
            .Allow("PatchAgencyNotice", Callers.Agency(PortalScopes.AgencyNotices))
            .Allow("WithdrawAgencyNotice", Callers.Agency(PortalScopes.AgencyNotices)))
        .AddRouteValues(values => values
            .For("GetAgencyNotice", ("id", NoticeIdentifiers.Notice))
            .For("PatchAgencyNotice", ("id", NoticeIdentifiers.Notice))
            .For("WithdrawAgencyNotice", ("id", NoticeIdentifiers.Notice)));
}
