using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.Accounts;
using Portal.Contracts.Drafts;
using Portal.Contracts.Terms;

namespace Bot.Core.Login;

/// <summary>The resident's own portal calls (bearer token): account, registration, やること. Nothing here is logged.</summary>
public sealed class PortalAccountClient(IHttpClientFactory clients)
{
    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    public Task<MeResponse> GetMeAsync(string accessToken, CancellationToken cancellationToken) =>
        GetAsync<MeResponse>("api/me", accessToken, "get-me", cancellationToken);

    public async Task<TermsView> GetCurrentTermsAsync(CancellationToken cancellationToken) =>
        await Http.GetFromJsonAsync<TermsView>("api/terms/current", cancellationToken)
        ?? throw new PortalApiException(HttpStatusCode.NotFound, "get-terms");

    /// <summary>Where the terms are readable (<c>Bot:Login:TermsUrl</c> if set, else the portal's API).</summary>
    public Uri TermsLink(string version) => new(Http.BaseAddress!, $"api/terms/{Uri.EscapeDataString(version)}");

    /// <summary>POST /api/me/registration: null when the code was sent, else the portal's problem.</summary>
    public Task<PortalProblem?> StartRegistrationAsync(string accessToken, RegistrationRequest request, CancellationToken cancellationToken) =>
        PostAsync("api/me/registration", accessToken, request, cancellationToken);

    /// <summary>POST /api/me/registration/confirm: null when confirmed, else the portal's problem.</summary>
    public Task<PortalProblem?> ConfirmRegistrationAsync(string accessToken, string code, CancellationToken cancellationToken) =>
        PostAsync("api/me/registration/confirm", accessToken, new ConfirmationCodeSubmission(code), cancellationToken);

    private async Task<T> GetAsync<T>(string path, string accessToken, string operation, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, operation);
        }
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken) ?? throw new PortalApiException(response.StatusCode, operation);
    }

    private async Task<PortalProblem?> PostAsync<T>(string path, string accessToken, T body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }
        if ((int)response.StatusCode >= 500)
        {
            throw new PortalApiException(response.StatusCode, path);
        }
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var type = problem.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
        return new PortalProblem((int)response.StatusCode, type[(type.LastIndexOf('/') + 1)..],
            problem.TryGetProperty("title", out var title) ? title.GetString() : null,
            problem.TryGetProperty("detail", out var detail) ? detail.GetString() : null);
    }
}
