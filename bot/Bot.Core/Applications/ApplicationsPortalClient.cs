using System.Net;
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
    /// <summary>Answers the flow tells as "not found" (400: an id or continuation the portal cannot read).</summary>
    private static readonly HashSet<HttpStatusCode> NotFound = [HttpStatusCode.NotFound, HttpStatusCode.BadRequest];

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

    private Task<PortalAnswer<T>> GetAsync<T>(string path, PortalSession session, string operation, CancellationToken cancellationToken)
        where T : class =>
        ResidentPortalReads.GetAsync<T>(Http, path, session, operation, NotFound, cancellationToken);
}
