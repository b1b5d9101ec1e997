using Bot.Core.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Bot.Functions.Content;

/// <summary>
/// The page behind a sealed content link (わたしの情報). The link passes through LINE's or Teams' servers, so the GET
/// shows only who asked and a button; the POST (the page's form, with the link's anti-CSRF token) uses the link up and
/// shows the content once. Personal: never cached, no referrer, nothing from another origin.
/// </summary>
public sealed class ContentPageFunctions(ContentPageService pages)
{
    [Function("GetContentPage")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "content/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken) =>
        Respond(request, await pages.ShowAsync(id, cancellationToken));

    [Function("PostContentPage")]
    public async Task<IResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "content/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        string? csrf = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            csrf = form["csrf"].ToString();
        }
        return Respond(request, await pages.OpenAsync(id, csrf, cancellationToken));
    }

    private static IResult Respond(HttpRequest request, ContentPage page)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = page.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(page.Html, "text/html; charset=utf-8", statusCode: page.Status);
    }
}
