using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.Banks;
using Portal.Contracts.PublicFundsAccounts;

namespace Bot.Core.PublicFundsAccounts;

/// <summary>
/// 公金受取口座 through the portal API (<c>/api/me/public-funds-account</c>, with the resident's own token) and the public
/// bank look-up (<c>/api/banks</c>). 401 and 404 are answers; a refused registration comes back with the portal's
/// Japanese field errors; anything else is a <see cref="PortalApiException"/>. Nothing is logged, least of all the number.
/// </summary>
public sealed class PublicFundsAccountPortalClient(IHttpClientFactory clients)
{
    private const string Path = "api/me/public-funds-account";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly HashSet<HttpStatusCode> NotFound = [HttpStatusCode.NotFound, HttpStatusCode.Forbidden];

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    /// <summary>Null value with 404: none registered (or, for a proxy's token, not theirs to see).</summary>
    public Task<PortalAnswer<PublicFundsAccountView>> GetAsync(PortalSession session, CancellationToken cancellationToken) =>
        ResidentPortalReads.GetAsync<PublicFundsAccountView>(Http, Path, session, "public-funds-account", NotFound, cancellationToken);

    /// <summary>Registers or changes it with the resident's own token.</summary>
    public async Task<PublicFundsAccountSaveResult> PutAsync(PortalSession session, PublicFundsAccountUpdate update, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Path) { Content = JsonContent.Create(update, options: Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new PublicFundsAccountSaveResult(await response.Content.ReadFromJsonAsync<PublicFundsAccountView>(Json, cancellationToken), [], response.StatusCode);
        }
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict)
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = problem.RootElement;
            var errors = root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Select(e => new PublicFundsAccountPageError(Text(e, "field"), Text(e, "detail")))]
                : new List<PublicFundsAccountPageError> { new("", Text(root, "detail") is { Length: > 0 } d ? d : Text(root, "title")) };
            return new PublicFundsAccountSaveResult(null, errors, response.StatusCode);
        }
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return new PublicFundsAccountSaveResult(null, [], response.StatusCode);
        }
        throw new PortalApiException(response.StatusCode, "put-public-funds-account");
    }

    /// <returns>False when the session was refused.</returns>
    public async Task<bool> DeleteAsync(PortalSession session, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return false;
        }
        return response.IsSuccessStatusCode ? true : throw new PortalApiException(response.StatusCode, "delete-public-funds-account");
    }

    public async Task<IReadOnlyList<BankView>> FindBanksAsync(string query, CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync($"api/banks?q={Uri.EscapeDataString(query)}", cancellationToken);
        return response.StatusCode == HttpStatusCode.BadRequest ? []
            : response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<BankList>(Json, cancellationToken))?.Banks ?? []
            : throw new PortalApiException(response.StatusCode, "find-banks");
    }

    /// <summary>Null when the bank is unknown.</summary>
    public async Task<BranchList?> FindBranchesAsync(string bankCode, string query, CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync(
            $"api/banks/{Uri.EscapeDataString(bankCode)}/branches?q={Uri.EscapeDataString(query)}", cancellationToken);
        return response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest ? null
            : response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<BranchList>(Json, cancellationToken)
            : throw new PortalApiException(response.StatusCode, "find-branches");
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
