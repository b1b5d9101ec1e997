using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.Applications.Residents;

namespace Bot.Core.Applications;

/// <summary>
/// The resident's applications through the portal API (<c>GET /api/me/applications[/{receiptNumber}]</c>) with the
/// session as the bearer, on the portal client (base address, resilience). 401 and 404 are answers the flow handles;
/// any other error is a <see cref="PortalApiException"/>. Nothing here is logged.
/// </summary>
public sealed class ApplicationsPortalClient(IHttpClientFactory clients)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    public Task<PortalAnswer<ResidentApplicationPage>> ListAsync(
        PortalSession session, int limit, string? continuation, CancellationToken cancellationToken)
    {
        var query = $"api/me/applications?limit={limit}";
        if (continuation is not null)
        {
            query += $"&continuation={Uri.EscapeDataString(continuation)}";
        }
        return GetAsync<ResidentApplicationPage>(query, session, "list-applications", cancellationToken);
    }

    /// <summary>Not found (404, or 400 for a number the portal cannot read) comes back as <see cref="HttpStatusCode.NotFound"/>.</summary>
    public Task<PortalAnswer<ResidentApplicationDetail>> GetAsync(PortalSession session, string receiptNumber, CancellationToken cancellationToken) =>
        GetAsync<ResidentApplicationDetail>($"api/me/applications/{Uri.EscapeDataString(receiptNumber)}", session, "get-application", cancellationToken);

    private async Task<PortalAnswer<T>> GetAsync<T>(string path, PortalSession session, string operation, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        using var response = await Http.SendAsync(request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                return new PortalAnswer<T>(null, HttpStatusCode.Unauthorized);
            case HttpStatusCode.NotFound or HttpStatusCode.BadRequest:
                return new PortalAnswer<T>(null, HttpStatusCode.NotFound);
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, operation);
        }
        var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken) ?? throw new PortalApiException(response.StatusCode, operation);
        return new PortalAnswer<T>(value, response.StatusCode);
    }
}
