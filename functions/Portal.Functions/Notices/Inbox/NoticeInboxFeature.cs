using Functions.Http.Problems;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Notices;
using Portal.Domain.Notices.Inbox;
using Portal.Domain.Proxies;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Identifiers;
using Portal.Functions.Http.Problems;

namespace Portal.Functions.Notices.Inbox;

/// <summary>お知らせ for residents: the inbox list, one notice (marks it read) and the unread count.</summary>
public static class NoticeInboxFeature
{
    public static IServiceCollection AddNoticeInboxFeature(this IServiceCollection services) => services
        .AddNoticeInbox()
        .AddProblems(NoticeInboxProblems.Register)
        .AddProblems(NoticeNotFoundProblem.Register)
        .AddCallers(callers => callers
            .Allow("ListNotices", Callers.ResidentOrProxy(DelegatedServices.Notices))
            .Allow("GetNotice", Callers.ResidentOrProxy(DelegatedServices.Notices))
            .Allow("GetUnreadNoticeCount", Callers.ResidentOrProxy(DelegatedServices.Notices)))
        .AddRouteValues(values => values
            .For("GetNotice", ("id", NoticeIdentifiers.Notice)));
}
