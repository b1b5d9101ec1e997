using System.Net;
using System.Net.Sockets;
using Bot.Channels.WebChat.Chat;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Cosmos;

namespace Bot.Functions.Http;

/// <summary>RFC 9457 problem details for the bot's endpoints, in Japanese (the page shows the detail to the user).</summary>
public static class BotProblems
{
    public static ProblemHttpResult FromException(Exception exception, string correlationId) => exception switch
    {
        BotHttpException e => Build(e.Status, e.Title, e.Detail, correlationId),
        WebChatRequestException e => Build(e.Status, e.Title, e.Detail, correlationId),
        _ when IsUnavailable(exception) => Build(503, "ただいま混み合っています",
            "しばらく時間をおいてから、もう一度お試しください。", correlationId),
        _ => Build(500, "エラーが発生しました", "しばらく時間をおいてから、もう一度お試しください。", correlationId),
    };

    public static ProblemHttpResult FromStatus(int status, string correlationId) => status switch
    {
        404 => Build(404, "見つかりません", "URLを確認してください。", correlationId),
        405 => Build(405, "この操作はできません", null, correlationId),
        _ => Build(status, status >= 500 ? "エラーが発生しました" : "要求を処理できませんでした", null, correlationId),
    };

    public static bool IsUnavailable(Exception exception) => exception switch
    {
        CosmosException { StatusCode: HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout
            or HttpStatusCode.TooManyRequests or HttpStatusCode.Gone } => true,
        HttpRequestException or SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };

    private static ProblemHttpResult Build(int status, string title, string? detail, string correlationId) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["correlationId"] = correlationId });
}
