using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Portal.Domain.Information.Catalogue;

namespace Portal.Functions.Information;

/// <summary>The categories of わたしの情報, public: the same for everyone and changed only by a release, so caches may keep it.</summary>
public sealed class InformationCatalogueFunctions(InformationCatalogue catalogue)
{
    [Function("ListInformationCategories")]
    public IResult List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "information/categories")] HttpRequest request)
    {
        request.HttpContext.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600";
        return TypedResults.Ok(InformationViews.Catalogue(catalogue));
    }
}
