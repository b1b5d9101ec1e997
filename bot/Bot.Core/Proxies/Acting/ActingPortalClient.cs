using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.Proxies;
using Portal.Contracts.Proxies.Acting;

namespace Bot.Core.Proxies.Acting;

/// <summary>
/// The proxy's own portal calls for acting, always with the resident's own access token: 委任者一覧
/// (<c>GET /api/me/principals</c>) and a delegation token (<c>POST /api/me/principals/{id}/token</c>). Nothing here is
/// logged: the list names people.
/// </summary>
public sealed class ActingPortalClient(IHttpClientFactory clients)
{
    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    /// <summary>The delegations in which the resident is the proxy, in every state.</summary>
    public async Task<DelegationList> PrincipalsAsync(string ownAccessToken, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "api/me/principals", ownAccessToken, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, "list-principals");
        }
        return await response.Content.ReadFromJsonAsync<DelegationList>(cancellationToken)
            ?? throw new PortalApiException(response.StatusCode, "list-principals");
    }

    /// <summary>The delegation token; null when the delegation is not (or no longer) the resident's to act under (404).</summary>
    public async Task<DelegationTokenView?> DelegationTokenAsync(string ownAccessToken, string delegationId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, $"api/me/principals/{Uri.EscapeDataString(delegationId)}/token", ownAccessToken,
            cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, "delegation-token");
        }
        return await response.Content.ReadFromJsonAsync<DelegationTokenView>(cancellationToken)
            ?? throw new PortalApiException(response.StatusCode, "delegation-token");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await Http.SendAsync(request, cancellationToken);
    }
}
