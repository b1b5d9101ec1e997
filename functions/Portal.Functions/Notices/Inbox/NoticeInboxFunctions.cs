using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Contracts.Notices.Inbox;
using Portal.Domain.Notices.Attachments;
using Portal.Domain.Notices.Inbox;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Notices.Inbox;

/// <summary>お知らせ: the resident's inbox. Answers are personal, so never stored by a cache.</summary>
public sealed class NoticeInboxFunctions(ResidentAuthenticator authenticator, NoticeInbox inbox, NoticeAttachmentLinks links)
{
    [Function("ListNotices")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/notices")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var query = request.Query;
        var page = await inbox.ListAsync(resident, query["category"], query["unread"], query["continuation"], cancellationToken);
        return NoStore(request, TypedResults.Ok(new NoticeList([.. page.Items.Select(NoticeInboxViews.Summary)], page.Continuation)));
    }

    [Function("GetNotice")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/notices/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var item = await inbox.OpenAsync(resident, id, cancellationToken);
        // The links are this resident's own: each names their account, and the answer is never cached.
        return NoStore(request, TypedResults.Ok(NoticeInboxViews.Detail(item, links.For(item.Notice, resident.PrincipalId))));
    }

    [Function("GetUnreadNoticeCount")]
    public async Task<IResult> UnreadCount(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/notices/unread-count")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var count = await inbox.UnreadCountAsync(resident, cancellationToken);
        return NoStore(request, TypedResults.Ok(NoticeInboxViews.Count(count)));
    }

    private static IResult NoStore(HttpRequest request, IResult result)
    {
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return result;
    }
}
