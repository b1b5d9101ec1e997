using Bot.Channels.WebChat.Chat;
using Bot.Channels.WebChat.Limits;
using Bot.Channels.WebChat.Page;
using Bot.Channels.WebChat.Users;
using Bot.Functions.Http;
using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Bot.Functions.WebChat;

/// <summary>
/// The web chat: the page, posting a message, and fetching what came after a sequence number (long poll). The user is
/// the cookie set on the first call; there is no login here. Every call passes the web chat's limits first
/// (<see cref="WebChatUsers"/>, <see cref="WebChatRateLimiter"/>): a refused one reaches no engine and writes nothing.
/// </summary>
public sealed class WebChatFunctions(WebChatService chat, WebChatUsers users, WebChatRateLimiter limiter, JsonBodyReader json)
{
    [Function("GetWebChatPage")]
    public IResult GetPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "webchat")] HttpRequest request)
    {
        try
        {
            users.Establish(request.HttpContext);
        }
        catch (WebChatRateLimitedException)
        {
            // The page itself costs nothing: it is served without a cookie, and its first call is refused with words
            // the page shows, rather than a bare problem document in the browser.
        }
        var (html, policy) = WebChatPage.Render();
        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    [Function("PostWebChatMessage")]
    public async Task<IResult> PostMessage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webchat/messages")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var user = users.EstablishForPost(request.HttpContext);
        var post = await json.ReadAsync<WebChatPost>(request, cancellationToken);
        return TypedResults.Ok(await chat.PostAsync(user, post, cancellationToken));
    }

    [Function("GetWebChatMessages")]
    public async Task<IResult> GetMessages(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "webchat/messages")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var user = users.Establish(request.HttpContext);
        var after = 0L;
        if (request.Query["after"].ToString() is { Length: > 0 } given && (!long.TryParse(given, out after) || after < 0))
        {
            throw new BotHttpException(400, "after の値が正しくありません", "after には 0 以上の整数を指定してください。");
        }
        // A poll is not a post (it starts nothing at the portal) but holds a connection: a few at once per user.
        using var place = limiter.EnterPoll(user);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await chat.PollAsync(user, after, cancellationToken));
    }
}
