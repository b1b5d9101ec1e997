using System.Net;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.Notices.Inbox;

namespace Bot.Core.Notices;

/// <summary>
/// The resident's お知らせ through the portal API (<c>GET /api/me/notices</c>, <c>/{id}</c> and <c>/unread-count</c>)
/// with the session as the bearer, on the portal client (base address, resilience). 401 and 404 (400 for an id or a
/// continuation the portal cannot read) are answers the flow handles; any other error is a
/// <see cref="PortalApiException"/>. Nothing here is logged.
/// </summary>
public sealed class NoticesPortalClient(IHttpClientFactory clients)
{
    /// <summary>Answers the flow tells as "not found" (400: an id or continuation the portal cannot read).</summary>
    private static readonly HashSet<HttpStatusCode> NotFound = [HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Gone];

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    /// <summary>A page of the inbox, newest first (the portal chooses the page size).</summary>
    public Task<PortalAnswer<NoticeList>> ListAsync(
        PortalSession session, bool unreadOnly, string? continuation, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (unreadOnly)
        {
            query.Add("unread=true");
        }
        if (continuation is not null)
        {
            query.Add($"continuation={Uri.EscapeDataString(continuation)}");
        }
        var path = query.Count == 0 ? "api/me/notices" : $"api/me/notices?{string.Join('&', query)}";
        return GetAsync<NoticeList>(path, session, "list-notices", cancellationToken);
    }

    /// <summary>One notice; the portal marks it read. Withdrawn or expired (404, 410) comes back as not found.</summary>
    public Task<PortalAnswer<NoticeDetail>> GetAsync(PortalSession session, string noticeId, CancellationToken cancellationToken) =>
        GetAsync<NoticeDetail>($"api/me/notices/{Uri.EscapeDataString(noticeId)}", session, "get-notice", cancellationToken);

    public Task<PortalAnswer<UnreadNoticeCountView>> UnreadCountAsync(PortalSession session, CancellationToken cancellationToken) =>
        GetAsync<UnreadNoticeCountView>("api/me/notices/unread-count", session, "count-unread-notices", cancellationToken);

    private Task<PortalAnswer<T>> GetAsync<T>(string path, PortalSession session, string operation, CancellationToken cancellationToken)
        where T : class =>
        ResidentPortalReads.GetAsync<T>(Http, path, session, operation, NotFound, cancellationToken);
}
