using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Domain.Home;
using Portal.Functions.Http.Authentication;

namespace Portal.Functions.Home;

/// <summary>ホーム: the resident's やること, latest notices, applications in progress and whom they act for.</summary>
public sealed class HomeFunctions(ResidentAuthenticator authenticator, HomeService home)
{
    [Function("GetHome")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me/home")] HttpRequest request, CancellationToken cancellationToken)
    {
        var resident = await authenticator.AuthenticateAsync(request);
        var summary = await home.GetAsync(resident, cancellationToken);
        // Personal: never stored by a cache.
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return TypedResults.Ok(HomeViews.View(summary));
    }
}
