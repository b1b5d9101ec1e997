using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.Proxies;

namespace Bot.Core.Proxies.Appointing;

/// <summary>
/// 代理人の設定 through the portal API with the session as the bearer: <c>/api/me/proxies</c> for the resident as
/// principal, <c>/api/me/principals</c> as proxy. Refusals come back as answers with the portal's problem, so the chat
/// tells them in the portal's words. Nothing here is logged: requests and answers name people.
/// </summary>
public sealed class ProxiesPortalClient(IHttpClientFactory clients)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    public Task<ProxiesAnswer<DelegationList>> ListAsync(PortalSession session, string role, CancellationToken cancellationToken) =>
        SendAsync<DelegationList>(Request(HttpMethod.Get, Collection(role), session), "list-delegations", cancellationToken);

    /// <summary>One delegation; reading a pending one lets the portal decide the other card's answer.</summary>
    public Task<ProxiesAnswer<DelegationView>> GetAsync(PortalSession session, string role, string id, CancellationToken cancellationToken) =>
        SendAsync<DelegationView>(Request(HttpMethod.Get, $"{Collection(role)}/{Uri.EscapeDataString(id)}", session), "get-delegation", cancellationToken);

    public Task<ProxiesAnswer<AppointmentStarted>> StartAsync(
        PortalSession session, string role, AppointmentRequest body, CancellationToken cancellationToken)
    {
        var request = Request(HttpMethod.Post, role == DelegationRoles.Principal ? "api/me/proxies" : "api/me/principals/requests", session);
        request.Content = JsonContent.Create(body, options: Json);
        return SendAsync<AppointmentStarted>(request, "start-delegation", cancellationToken);
    }

    /// <summary>取り消し (principal) or 辞任・取り下げ (proxy).</summary>
    public Task<ProxiesAnswer<DelegationView>> EndAsync(PortalSession session, string role, string id, CancellationToken cancellationToken) =>
        SendAsync<DelegationView>(Request(HttpMethod.Delete, $"{Collection(role)}/{Uri.EscapeDataString(id)}", session), "end-delegation", cancellationToken);

    private async Task<ProxiesAnswer<T>> SendAsync<T>(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
        where T : class
    {
        using (request)
        using (var response = await Http.SendAsync(request, cancellationToken))
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                return new ProxiesAnswer<T>(null, null, response.StatusCode);
            }
            if (!response.IsSuccessStatusCode)
            {
                return new ProxiesAnswer<T>(null, await PortalProblems.ReadAsync(response, cancellationToken), response.StatusCode);
            }
            var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new PortalApiException(response.StatusCode, operation);
            return new ProxiesAnswer<T>(value, null, response.StatusCode);
        }
    }

    private static string Collection(string role) => role == DelegationRoles.Principal ? "api/me/proxies" : "api/me/principals";

    private static HttpRequestMessage Request(HttpMethod method, string path, PortalSession session) => new(method, path)
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken) },
    };
}
