using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.ResidentLookup;

namespace Bot.Core.LookupConsent;

/// <summary>
/// 本人確認情報の照会 consent through the portal API (<c>GET|PUT /api/me/profile/lookup-consent</c>) with the session as
/// the bearer. 401 and every other refusal, 5xx included, come back as an answer with the portal's problem, so the
/// chat tells the resident in words instead of a general apology. Nothing here is logged.
/// </summary>
public sealed class LookupConsentPortalClient(IHttpClientFactory clients)
{
    private const string Path = "api/me/profile/lookup-consent";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    public async Task<LookupConsentAnswer> GetAsync(PortalSession session, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, session);
        using var response = await Http.SendAsync(request, cancellationToken);
        return await AnswerAsync(response, cancellationToken);
    }

    /// <summary>Allows (true) or withdraws (false); a refusal changes nothing and comes back with the problem.</summary>
    public async Task<LookupConsentAnswer> PutAsync(PortalSession session, bool allowed, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Put, session);
        request.Content = JsonContent.Create(new LookupConsentUpdate(allowed), options: Json);
        using var response = await Http.SendAsync(request, cancellationToken);
        return await AnswerAsync(response, cancellationToken);
    }

    private static async Task<LookupConsentAnswer> AnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return new LookupConsentAnswer(null, null, response.StatusCode);
        }
        if (!response.IsSuccessStatusCode)
        {
            return new LookupConsentAnswer(null, await PortalProblems.ReadAsync(response, cancellationToken), response.StatusCode);
        }
        var view = await response.Content.ReadFromJsonAsync<LookupConsentView>(Json, cancellationToken)
            ?? throw new PortalApiException(response.StatusCode, "read-lookup-consent");
        return new LookupConsentAnswer(view, null, response.StatusCode);
    }

    private static HttpRequestMessage Request(HttpMethod method, PortalSession session) => new(method, Path)
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken) },
    };
}
