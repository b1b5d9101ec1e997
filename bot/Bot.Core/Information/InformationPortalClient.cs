using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.Information;

namespace Bot.Core.Information;

/// <summary>
/// わたしの情報 through the portal API: the public catalogue (<c>GET /api/information/categories</c>) and the resident's
/// records (<c>GET /api/me/information</c>) with the session as the bearer. 401 is an answer; 400/404 (a category or date
/// the portal does not take) come back as not found; anything else is a <see cref="PortalApiException"/>. Nothing is logged.
/// </summary>
public sealed class InformationPortalClient(IHttpClientFactory clients)
{
    private static readonly HashSet<HttpStatusCode> NotFound = [HttpStatusCode.NotFound, HttpStatusCode.BadRequest];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Http => clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);

    public async Task<InformationCatalogueView> CatalogueAsync(CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync("api/information/categories", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PortalApiException(response.StatusCode, "information-categories");
        }
        return await response.Content.ReadFromJsonAsync<InformationCatalogueView>(Json, cancellationToken)
            ?? throw new PortalApiException(response.StatusCode, "information-categories");
    }

    public Task<PortalAnswer<MyInformationView>> ReadAsync(
        PortalSession session, string categoryId, InformationPeriod period, CancellationToken cancellationToken) =>
        ResidentPortalReads.GetAsync<MyInformationView>(Http, $"api/me/information?category={Uri.EscapeDataString(categoryId)}&{period.Query}",
            session, "my-information", NotFound, cancellationToken);
}
