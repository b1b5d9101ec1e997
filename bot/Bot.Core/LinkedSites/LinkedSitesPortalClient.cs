using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.LinkedSites;

namespace Bot.Core.LinkedSites;

/// <summary>
/// 連携中のサイト through the portal API (<c>GET /api/me/linked-sites</c>, <c>DELETE /api/me/linked-sites/{siteId}</c>)
/// with the session as the bearer. 401, 404 and every other refusal come back as an answer with the portal's problem,
/// so the chat tells the resident in words. Nothing here is logged.
/// </summary>
public sealed class LinkedSitesPortalClient(IHttpClientFactory clients)
{
    private const string Path = "api/me/linked-sites";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    public async Task<LinkedSitesAnswer> ListAsync(PortalSession session, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, Path, session);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return await RefusedAsync(response, cancellationToken);
        }
        var list = await response.Content.ReadFromJsonAsync<LinkedSiteList>(Json, cancellationToken)
            ?? throw new PortalApiException(response.StatusCode, "list-linked-sites");
        return new LinkedSitesAnswer(list, null, response.StatusCode);
    }

    /// <summary>Withdraws the consent and stops the site's tokens; a 404 answers that the site is not linked.</summary>
    public async Task<LinkedSitesAnswer> UnlinkAsync(PortalSession session, string siteId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Delete, $"{Path}/{Uri.EscapeDataString(siteId)}", session);
        using var response = await Http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode
            ? new LinkedSitesAnswer(null, null, response.StatusCode)
            : await RefusedAsync(response, cancellationToken);
    }

    private static async Task<LinkedSitesAnswer> RefusedAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.StatusCode == HttpStatusCode.Unauthorized
            ? new LinkedSitesAnswer(null, null, response.StatusCode)
            : new LinkedSitesAnswer(null, await PortalProblems.ReadAsync(response, cancellationToken), response.StatusCode);

    private static HttpRequestMessage Request(HttpMethod method, string path, PortalSession session) => new(method, path)
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken) },
    };
}
