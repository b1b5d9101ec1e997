using System.Net;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Hosting;
using Bot.Core.Portal;
using Portal.Contracts.Home;

namespace Bot.Core.Home;

/// <summary>
/// <c>GET /api/me/home</c> with the session as the bearer. 401 is an answer the flow handles; any other error is a
/// <see cref="PortalApiException"/>. Nothing here is logged.
/// </summary>
public sealed class HomePortalClient(IHttpClientFactory clients)
{
    private static readonly HashSet<HttpStatusCode> NotFound = [];

    public Task<PortalAnswer<HomeView>> GetAsync(PortalSession session, CancellationToken cancellationToken) =>
        ResidentPortalReads.GetAsync<HomeView>(clients.CreateClient(BotCoreServiceCollectionExtensions.PortalClientName),
            "api/me/home", session, "get-home", NotFound, cancellationToken);
}
