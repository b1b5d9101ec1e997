using Bot.Core.Forms;
using Bot.Functions.Http;
using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Bot.Functions.Forms;

/// <summary>
/// The web form page for fields not asked in the chat (sensitive ones, attachments), opened from a link in the chat
/// (usable as a LIFF page in LINE). The token in the path is the only credential: random, short-lived, bound to the
/// conversation and its draft; the values go to the portal with the conversation's session and are never stored here.
/// </summary>
public sealed class FormPageFunctions(FormPageService pages, JsonBodyReader json, IOptions<FormPageLimits> limits)
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

    /// <summary>The LIFF endpoint: LINE's primary redirect carries the page in <c>liff.state</c>; followed here without the SDK.</summary>
    [Function("GetFormPageLiff")]
    public IResult GetLiff([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "forms/page")] HttpRequest request) =>
        FormPageTokens.LiffPagePath(request.Query["liff.state"]) is { } path ? TypedResults.Redirect(path) : throw Expired();

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

    /// <summary>
    /// A file for an attachment field: the raw body streamed to the portal's draft (never stored here), recorded as the
    /// answer at <c>?path=</c>. 400 with the portal's own words when it refuses the file.
    /// </summary>
    [Function("PostFormPageAttachment")]
    public async Task<IResult> PostAttachment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "forms/page/{token}/attachments")] HttpRequest request, string token,
        CancellationToken cancellationToken)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        if (request.ContentLength > limits.Value.MaxAttachmentBytes)
        {
            throw new BotHttpException(400, "添付ファイルが大きすぎます",
                $"添付ファイルは1件{limits.Value.MaxAttachmentBytes / (1024 * 1024)}MB以下にしてください。");
        }
        var path = request.Query["path"].ToString();
        var outcome = await pages.AttachAsync(token, path, request.Query["name"], request.Body, request.ContentLength, cancellationToken)
            ?? throw Expired();
        return outcome.Attached is { } attached
            ? TypedResults.Ok(attached)
            : throw new BotHttpException(400, outcome.Title!, outcome.Detail);
    }

    private static BotHttpException Expired() =>
        new(404, "この入力画面は使えなくなりました", "入力画面の有効期限が切れたか、新しい画面が開かれました。チャットに戻って、もう一度入力画面を開いてください。");
}
