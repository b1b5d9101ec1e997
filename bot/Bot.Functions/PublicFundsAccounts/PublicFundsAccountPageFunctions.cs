using Bot.Core.PublicFundsAccounts;
using Bot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Primitives;

namespace Bot.Functions.PublicFundsAccounts;

/// <summary>
/// The 公金受取口座 page, opened from a one-time link in the chat: the only place the account number is typed. The token
/// in the path is the only credential (random, 15 minutes, bound to its conversation, spent by a registration); the
/// values go to the portal with that conversation's resident's token and are never stored or logged here.
/// </summary>
public sealed class PublicFundsAccountPageFunctions(PublicFundsAccountPageService pages)
{
    /// <summary>Far more than the page's fields; keeps a pasted file out.</summary>
    public const int MaxFormBytes = 4 * 1024;

    [Function("GetPublicFundsAccountPage")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "public-funds-account/page/{token}")] HttpRequest request, string token,
        CancellationToken cancellationToken) =>
        Html(request, await pages.GetAsync(token, cancellationToken) ?? throw Expired());

    [Function("PostPublicFundsAccountPage")]
    public async Task<IResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "public-funds-account/page/{token}")] HttpRequest request, string token,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || request.ContentLength is null or > MaxFormBytes)
        {
            throw new BotHttpException(400, "送信内容を読み取れませんでした", "画面を開き直して、もう一度入力してください。");
        }
        var form = await request.ReadFormAsync(cancellationToken);
        var input = new PublicFundsAccountPageInput(Last(form["action"]), Last(form["bankQuery"]), Last(form["bankCode"]),
            Last(form["branchQuery"]), Last(form["branchCode"]), Last(form["accountType"]), Last(form["accountNumber"]), Last(form["holderKana"]));
        return Html(request, await pages.PostAsync(token, input, cancellationToken) ?? throw Expired());
    }

    /// <summary>A choice button after a hidden field of the same name: the one pressed is the last.</summary>
    private static string? Last(StringValues values) => values.Count == 0 ? null : values[^1];

    private static IResult Html(HttpRequest request, PublicFundsAccountPage page)
    {
        var (html, policy) = PublicFundsAccountPageHtml.Render(page);
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static BotHttpException Expired() =>
        new(404, "この登録画面は使えなくなりました", "画面の有効期限が切れたか、登録が済んでいます。チャットで「公金受取口座」と送って、もう一度画面を開いてください。");
}
