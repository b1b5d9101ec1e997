using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.Sessions;

namespace Bot.Core.Sessions;

/// <summary>
/// ログイン中の端末 through the portal API (<c>GET|DELETE /api/me/sessions[/{id}]</c>) with the session as the bearer.
/// 401 and 404 are answers the flow handles; any other error is a <see cref="PortalApiException"/>. Nothing is logged.
/// </summary>
public sealed class SessionsPortalClient(IHttpClientFactory clients)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    public Task<PortalAnswer<SessionList>> ListAsync(PortalSession session, CancellationToken cancellationToken) =>
        SendAsync<SessionList>(HttpMethod.Get, "api/me/sessions", session, "list-sessions", cancellationToken);

    /// <summary>Ended: a 204 answers an empty <see cref="SessionsEnded"/> (the count is not the point).</summary>
    public Task<PortalAnswer<SessionsEnded>> EndAsync(PortalSession session, string sessionId, CancellationToken cancellationToken) =>
        SendAsync<SessionsEnded>(HttpMethod.Delete, $"api/me/sessions/{Uri.EscapeDataString(sessionId)}", session, "end-session", cancellationToken);

    public Task<PortalAnswer<SessionsEnded>> EndAllAsync(PortalSession session, CancellationToken cancellationToken) =>
        SendAsync<SessionsEnded>(HttpMethod.Delete, "api/me/sessions", session, "end-all-sessions", cancellationToken);

    private async Task<PortalAnswer<T>> SendAsync<T>(
        HttpMethod method, string path, PortalSession session, string operation, CancellationToken cancellationToken) where T : class
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        using var response = await Http.SendAsync(request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                return new PortalAnswer<T>(null, HttpStatusCode.Unauthorized);
            case HttpStatusCode.NotFound:
                return new PortalAnswer<T>(null, HttpStatusCode.NotFound);
            case HttpStatusCode.NoContent when typeof(T) == typeof(SessionsEnded):
                return new PortalAnswer<T>((T)(object)new SessionsEnded(1), HttpStatusCode.NoContent);
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, operation);
        }
        var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken) ?? throw new PortalApiException(response.StatusCode, operation);
        return new PortalAnswer<T>(value, response.StatusCode);
    }
}
