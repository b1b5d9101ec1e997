using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Login;
using Bot.Core.Portal;
using Portal.Contracts.Notices.Preferences;

namespace Bot.Core.Notices.Settings;

/// <summary>
/// 通知設定 through the portal API (<c>GET|PUT /api/me/notification-preferences</c>) with the session as the bearer, on
/// the portal client (base address, resilience). A save sends the ETag read with If-Match, so a change made elsewhere
/// in between is not overwritten (412 comes back as <see cref="PreferencesAnswer.Changed"/>). 401 and any other
/// refusal (with the portal's problem, whose detail is Japanese) are answers the flow tells; a read the portal cannot
/// serve is a <see cref="PortalApiException"/>. Nothing here is logged.
/// </summary>
public sealed class NotificationPreferencesPortalClient(IHttpClientFactory clients)
{
    private const string Path = "api/me/notification-preferences";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    public async Task<PreferencesAnswer> GetAsync(PortalSession session, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, session);
        using var response = await Http.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode >= 500)
        {
            throw new PortalApiException(response.StatusCode, "get-notification-preferences");
        }
        return await AnswerAsync(response, cancellationToken);
    }

    /// <summary>Replaces the whole setting; refused input (4xx, 5xx) leaves it as it was and comes back with the problem.</summary>
    public async Task<PreferencesAnswer> PutAsync(
        PortalSession session, NotificationPreferencesUpdate update, string? etag, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Put, session);
        request.Content = JsonContent.Create(update, options: Json);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        using var response = await Http.SendAsync(request, cancellationToken);
        return await AnswerAsync(response, cancellationToken);
    }

    private static async Task<PreferencesAnswer> AnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.PreconditionFailed)
        {
            return new PreferencesAnswer(null, null, response.StatusCode);
        }
        if (!response.IsSuccessStatusCode)
        {
            return new PreferencesAnswer(null, await ProblemAsync(response, cancellationToken), response.StatusCode);
        }
        var view = await response.Content.ReadFromJsonAsync<NotificationPreferencesView>(Json, cancellationToken)
            ?? throw new PortalApiException(response.StatusCode, "read-notification-preferences");
        return new PreferencesAnswer(new StoredPreferences(view, response.Headers.ETag?.ToString()), null, response.StatusCode);
    }

    /// <summary>The RFC 9457 problem, or one without title and detail when the body is not one (a gateway's page).</summary>
    private static async Task<PortalProblem> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var type = problem.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            return new PortalProblem((int)response.StatusCode, type[(type.LastIndexOf('/') + 1)..], Text(problem, "title"), Text(problem, "detail"));
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return new PortalProblem((int)response.StatusCode, "", null, null);
        }
    }

    private static string? Text(JsonElement problem, string name) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static HttpRequestMessage Request(HttpMethod method, PortalSession session) => new(method, Path)
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken) },
    };
}
