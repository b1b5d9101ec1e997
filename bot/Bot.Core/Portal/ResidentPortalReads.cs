using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Applications;
using Bot.Core.Conversations;

namespace Bot.Core.Portal;

/// <summary>
/// A GET of the resident's own data with the session as the bearer: 401 and the statuses the caller counts as "not
/// found" are answers its flow handles; any other error is a <see cref="PortalApiException"/>. Nothing here is logged.
/// </summary>
internal static class ResidentPortalReads
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<PortalAnswer<T>> GetAsync<T>(
        HttpClient http, string path, PortalSession session, string operation, IReadOnlySet<HttpStatusCode> notFound,
        CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.BearerToken());
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return new PortalAnswer<T>(null, HttpStatusCode.Unauthorized);
        }
        if (notFound.Contains(response.StatusCode))
        {
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
