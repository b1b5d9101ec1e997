using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Portal.Contracts.LinkedSites;
using Portal.Domain.ExternalSites.Links;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.LinkedSites;

/// <summary>連携中のサイト: the sites the resident linked, and unlinking one.</summary>
public sealed class LinkedSiteFunctions(ResidentAuthenticator authenticator, LinkedSitesService sites)
{
    [Function("ListLinkedSites")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/linked-sites")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var list = await sites.ListAsync(resident, cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new LinkedSiteList([.. list.Select(l => new LinkedSiteView(l.ClientId, l.SiteName, l.LinkedAt, l.LastUsedAt, l.Scopes))]));
    }

    /// <summary>Unlinks: the consent is withdrawn and the site's next call with any of its tokens for this resident fails.</summary>
    [Function("UnlinkSite")]
    public async Task<IResult> Unlink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "me/linked-sites/{siteId}")] HttpRequest request, string siteId,
        CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        await sites.UnlinkAsync(resident, siteId, cancellationToken);
        return TypedResults.NoContent();
    }
}
