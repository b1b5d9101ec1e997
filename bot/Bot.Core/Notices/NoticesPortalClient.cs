using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;

namespace Bot.Core.Notices;

/// <summary>
/// One notice through the portal API (<c>GET /api/me/notices/{id}</c>) with the session as the bearer, on the portal
/// client (base address, resilience). 401 and 404 (400 for an id the portal cannot read) are answers the flow handles;
/// any other error is a <see cref="PortalApiException"/>. Nothing here is logged.
/// </summary>
public sealed class NoticesPortalClient(IHttpClientFactory clients)
{
    private const string Operation = "get-notice";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    public async Task<PortalAnswer<NoticeDetail>> GetAsync(PortalSession session, string noticeId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/me/notices/{Uri.EscapeDataString(noticeId)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        using var response = await Http.SendAsync(request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                return new PortalAnswer<NoticeDetail>(null, HttpStatusCode.Unauthorized);
            case HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.Gone:
                return new PortalAnswer<NoticeDetail>(null, HttpStatusCode.NotFound);
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, Operation);
        }
        var notice = await response.Content.ReadFromJsonAsync<NoticeDetail>(Json, cancellationToken)
            ?? throw new PortalApiException(response.StatusCode, Operation);
        return new PortalAnswer<NoticeDetail>(notice, response.StatusCode);
    }
}
