using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Domain.ExternalSites.Information;
using Portal.Domain.Information.Catalogue;
using Portal.Functions.Http;
using Portal.Functions.Http.RateLimiting;
using Portal.Functions.Information;

namespace Portal.Functions.ExternalSites;

/// <summary>
/// 自己情報取得API: a site reads one consented category of the resident's わたしの情報, in the shape the resident reads
/// it. Personal, so never stored by a cache. Counted per site before anything is read or recorded.
/// </summary>
public sealed class ExternalInformationFunctions(
    SiteAuthenticator authenticator, EdgeRateLimiter limits, SiteInformationService information, InformationCatalogue catalogue)
{
    private const string Route = "external/information";

    [Function("GetExternalInformation")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, CancellationToken cancellationToken)
    {
        var site = await authenticator.AuthenticateAsync(request, Route, cancellationToken);
        limits.AdmitSite(OperationName.Of(request.HttpContext), site.ClientId);
        var found = await information.ReadAsync(site, request.Query["category"], request.Query["asOf"], cancellationToken);
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Ok(MyInformationViews.View(found, catalogue));
    }
}
