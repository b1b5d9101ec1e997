using System.Net;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.Exchanges;

namespace Bot.Core.Exchanges;

/// <summary>
/// やりとり履歴 through the portal API (<c>GET /api/me/exchanges</c>) with the session as the bearer, every page of the
/// period. 401 is an answer; 400 (a period the portal does not take) comes back as not found. Nothing is logged.
/// </summary>
public sealed class ExchangesPortalClient(IHttpClientFactory clients)
{
    private const int PageSize = 100;

    private static readonly HashSet<HttpStatusCode> NotFound = [HttpStatusCode.BadRequest];

    public async Task<PortalAnswer<IReadOnlyList<ExchangeEntry>>> ListAsync(
        PortalSession session, ExchangePeriod period, CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName);
        var entries = new List<ExchangeEntry>();
        string? continuation = null;
        do
        {
            var path = $"api/me/exchanges?{period.Query}&pageSize={PageSize}"
                + (continuation is null ? "" : $"&continuationToken={Uri.EscapeDataString(continuation)}");
            var page = await ResidentPortalReads.GetAsync<ExchangePage>(http, path, session, "my-exchanges", NotFound, cancellationToken);
            if (page.Value is null)
            {
                return new PortalAnswer<IReadOnlyList<ExchangeEntry>>(null, page.Status);
            }
            entries.AddRange(page.Value.Items);
            continuation = page.Value.ContinuationToken;
        }
        while (continuation is not null);
        return new PortalAnswer<IReadOnlyList<ExchangeEntry>>(entries, HttpStatusCode.OK);
    }
}
