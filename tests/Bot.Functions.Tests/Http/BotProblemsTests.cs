using System.Net;
using System.Net.Sockets;
using Bot.Channels.WebChat.Chat;
using Bot.Channels.WebChat.Limits;
using Bot.Functions.Http;
using Functions.Http.Bodies;
using Functions.Http.Edge;
using Functions.Http.Problems;
using Functions.Http.Tests;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Functions.Tests.Http;

/// <summary>The bot's problems through the shared edge: the bot's own Japanese words, and no type URIs of its own.</summary>
public sealed class BotProblemsTests
{
    private const string TryLater = "しばらく時間をおいてから、もう一度お試しください。";

    private static readonly HttpEdge Edge = new(new ProblemMapper(Options.Create(Registered())), [], NullLogger<HttpEdge>.Instance);

    public static TheoryData<Exception, int, string, string?> Failures => new()
    {
        { new BotHttpException(400, "after の値が正しくありません", "after には 0 以上の整数を指定してください。"), 400, "after の値が正しくありません", "after には 0 以上の整数を指定してください。" },
        { ChannelNotConfigured.For("LINE"), 404, "このチャネルは利用できません", "この環境では LINE との接続が設定されていません。" },
        { new WebChatRequestException(400, "個人番号は送信できません", "番号を消してください。"), 400, "個人番号は送信できません", "番号を消してください。" },
        { new PayloadTooLargeException(16 * 1024), 413, "送信内容が大きすぎます", "16,384バイト以下にして送信してください。" },
        { new UnsupportedMediaTypeException("text/plain"), 415, "送信形式が正しくありません", "Content-Type を application/json にして送信してください。" },
        { new MalformedJsonException("syntax", null, 0, 3), 400, "送信内容を読み取れませんでした", "JSON の形式を確認してください。" },
        { new HttpRequestException("portal down"), 503, "ただいま混み合っています", TryLater },
        { new CosmosException("busy", HttpStatusCode.TooManyRequests, 0, "a", 0), 503, "ただいま混み合っています", TryLater },
        { new InvalidOperationException("x", new AggregateException(new SocketException())), 503, "ただいま混み合っています", TryLater },
        { new InvalidOperationException("bug"), 500, "エラーが発生しました", TryLater },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task EveryFailureIsAnsweredInTheBotsOwnWords(Exception failure, int status, string title, string? detail)
    {
        var http = HttpContexts.Request(path: "/api/webchat/messages");

        await Edge.InvokeAsync(http, () => throw failure);

        AssertProblem(http, status, title, detail);
    }

    [Theory]
    [InlineData(404, "見つかりません", "URLを確認してください。")]
    [InlineData(405, "この操作はできません", null)]
    [InlineData(401, "要求を処理できませんでした", null)]
    [InlineData(500, "エラーが発生しました", null)]
    public async Task ABareErrorStatusIsAnsweredInTheBotsOwnWords(int status, string title, string? detail)
    {
        var http = HttpContexts.Request(path: "/api/nowhere");

        await Edge.InvokeAsync(http, () =>
        {
            http.Response.StatusCode = status;
            return Task.CompletedTask;
        });

        AssertProblem(http, status, title, detail);
    }

    [Fact]
    public async Task AWebChatRefusedByALimitIsTooManyRequestsWithRetryAfterInWholeSeconds()
    {
        var http = HttpContexts.Request(path: "/api/webchat/messages");

        await Edge.InvokeAsync(http, () => throw new WebChatRateLimitedException(WebChatLimit.UserPosts, TimeSpan.FromSeconds(41.2)));

        Assert.Equal(429, http.Response.StatusCode);
        Assert.Equal("42", http.Response.Headers.RetryAfter.ToString());
        var problem = HttpContexts.ResponseJson(http);
        Assert.Equal("しばらくお待ちください", problem.GetProperty("title").GetString());
        Assert.Equal("短い時間に多くの操作がありました。しばらく（42秒ほど）してから、もう一度お試しください。",
            problem.GetProperty("detail").GetString());
        Assert.Equal(42, problem.GetProperty("retryAfter").GetInt32());
    }

    private static void AssertProblem(Microsoft.AspNetCore.Http.HttpContext http, int status, string title, string? detail)
    {
        Assert.Equal(status, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        var problem = HttpContexts.ResponseJson(http);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.TryGetProperty("detail", out var given) ? given.GetString() : null);
        Assert.Equal(http.Response.Headers[CorrelationId.HeaderName].ToString(), problem.GetProperty("correlationId").GetString());
        Assert.StartsWith("https://tools.ietf.org/html/rfc9110#", problem.GetProperty("type").GetString());
    }

    private static ProblemMappings Registered()
    {
        var mappings = new ProblemMappings();
        BotProblems.Register(mappings);
        return mappings;
    }
}
