using Bot.Core.Forms;
using Bot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Bot.Functions.Forms;

/// <summary>
/// The web form page for fields not asked in the chat (sensitive ones, attachments), opened from a link in the chat
/// (usable as a LIFF page in LINE). The token in the path is the only credential: random, short-lived, bound to the
/// conversation and its draft; the values go to the portal with the conversation's session and are never stored here.
/// </summary>
public sealed class FormPageFunctions(FormPageService pages, BotJsonBody json)
{
    [Function("GetFormPage")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "forms/page/{token}")] HttpRequest request, string token,
        CancellationToken cancellationToken)
    {
        var page = await pages.GetAsync(token, cancellationToken) ?? throw Expired();
        var (html, policy) = FormPageHtml.Render(page);
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    [Function("PostFormPage")]
    public async Task<IResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "forms/page/{token}")] HttpRequest request, string token,
        CancellationToken cancellationToken)
    {
        var post = await json.ReadAsync<FormPagePost>(request, cancellationToken);
        var errors = await pages.SaveAsync(token, post.Values ?? new Dictionary<string, string>(), cancellationToken) ?? throw Expired();
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return errors.Count == 0 ? TypedResults.Ok(new { saved = true }) : TypedResults.UnprocessableEntity(new { errors });
    }

    private static BotHttpException Expired() =>
        new(404, "この入力画面は使えなくなりました", "入力画面の有効期限が切れたか、新しい画面が開かれました。チャットに戻って、もう一度入力画面を開いてください。");
}
