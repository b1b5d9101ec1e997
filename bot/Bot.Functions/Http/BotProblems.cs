using System.Net;
using System.Net.Sockets;
using System.Globalization;
using Bot.Channels.WebChat.Chat;
using Bot.Channels.WebChat.Limits;
using Functions.Http.Bodies;
using Functions.Http.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Cosmos;

namespace Bot.Functions.Http;

/// <summary>
/// The bot's problems, registered with the shared edge as the portal's features register theirs: in Japanese, since
/// the pages show the detail to the user. The bot publishes no type URIs of its own.
/// </summary>
public static class BotProblems
{
    private const string TryLater = "しばらく時間をおいてから、もう一度お試しください。";

    public static void Register(ProblemMappings problems) => problems
        .Map<BotHttpException>((e, p) => p.Problem(new(e.Status, e.Title), e.Detail))
        .Map<WebChatRequestException>((e, p) => p.Problem(new(e.Status, e.Title), e.Detail))
        .Map<WebChatRateLimitedException>(TooManyRequests)
        .Map<PayloadTooLargeException>((e, p) => p.Problem(new(413, "送信内容が大きすぎます"),
            $"{e.LimitBytes:N0}バイト以下にして送信してください。"))
        .Map<UnsupportedMediaTypeException>((_, p) => p.Problem(new(415, "送信形式が正しくありません"),
            "Content-Type を application/json にして送信してください。"))
        .Map<MalformedJsonException>((_, p) => p.Problem(new(400, "送信内容を読み取れませんでした"), "JSON の形式を確認してください。"))
        .Unavailable(IsUnavailable)
        .MapUnmapped((_, status, p) => status == 503
            ? p.Problem(new(503, "ただいま混み合っています"), TryLater)
            : p.Problem(new(status, "エラーが発生しました"), TryLater))
        .MapStatus(Status);

    /// <summary>The bot's database or the portal being down or overloaded: worth trying again later.</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        CosmosException { StatusCode: HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout
            or HttpStatusCode.TooManyRequests or HttpStatusCode.Gone } => true,
        HttpRequestException or SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };

    /// <summary>RFC 6585 §4: how long to wait, in whole seconds, in Retry-After and in the words the page shows.</summary>
    private static ProblemHttpResult TooManyRequests(WebChatRateLimitedException e, ProblemContext p)
    {
        p.Http.Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return p.Problem(new(429, "しばらくお待ちください"),
            $"短い時間に多くの操作がありました。しばらく（{e.RetryAfterSeconds}秒ほど）してから、もう一度お試しください。",
            ("retryAfter", e.RetryAfterSeconds));
    }

    private static ProblemHttpResult Status(int status, ProblemContext p) => status switch
    {
        404 => p.Problem(new(404, "見つかりません"), "URLを確認してください。"),
        405 => p.Problem(new(405, "この操作はできません"), null),
        _ => p.Problem(new(status, status >= 500 ? "エラーが発生しました" : "要求を処理できませんでした"), null),
    };
}
