using Functions.Http.Bodies;
using Functions.Http.Edge;
using Functions.Http.Tests;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Errors;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Tests.Http;

/// <summary>The shared edge with the portal's parts: its problems (stable type URIs, RFC headers) and its hook.</summary>
public sealed class PortalEdgeTests
{
    private static readonly HttpEdge Edge = EdgeWith(new EdgeRateLimiter(
        new RateLimitOptions { Policies = new Dictionary<string, RateLimitPolicy>() }, NullLogger<EdgeRateLimiter>.Instance));

    public static TheoryData<Exception, int, string> Failures => new()
    {
        { new PayloadTooLargeException(1024), 413, "payload-too-large" },
        { new MalformedJsonException("syntax", null, 0, 3), 400, "malformed-json" },
        { new UnsupportedMediaTypeException("text/plain"), 415, "unsupported-media-type" },
        { new ConcurrencyConflictException("d1"), 412, "concurrency-conflict" },
        { new DuplicateDocumentException("d1"), 409, "duplicate" },
        { new DependencyUnavailableException("cosmos"), 503, "service-unavailable" },
        { new HttpRequestException("connection refused"), 503, "service-unavailable" },
        { new BadHttpRequestException("too big", 413), 413, "payload-too-large" },
        { new InvalidOperationException("secret"), 500, "internal-error" },
        { new InvalidAccessTokenException("expired"), 401, "unauthorized" },
        { new RateLimitExceededException("RequestToken", TimeSpan.FromSeconds(1)), 429, "rate-limited" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task EveryFailureIsAnsweredAsProblemJsonWithItsStableType(Exception failure, int status, string slug)
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () => throw failure);

        Assert.Equal(status, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        var problem = HttpContexts.ResponseJson(http);
        Assert.Equal($"https://portal.example/problems/{slug}", problem.GetProperty("type").GetString());
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal("/api/test", problem.GetProperty("instance").GetString());
        // Nothing of the exception itself: its message may hold a connection string, a document id or a token's fault.
        Assert.DoesNotContain(failure.Message, problem.GetRawText());
        Assert.DoesNotContain(failure.GetType().Name, problem.GetRawText());
    }

    [Fact]
    public async Task ARefusedBearerTokenSaysSoInWwwAuthenticateAsRfc6750Asks()
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () => throw new InvalidAccessTokenException("expired"));

        Assert.Equal(401, http.Response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", http.Response.Headers.WWWAuthenticate.ToString());
    }

    [Fact]
    public async Task ACallOverItsLimitIs429WithRetryAfterAndTheFunctionDoesNotRun()
    {
        using var limiter = new EdgeRateLimiter(new RateLimitOptions
        {
            Policies = new Dictionary<string, RateLimitPolicy> { ["Limited"] = new() { PermitLimit = 1, Window = TimeSpan.FromSeconds(90) } },
        }, NullLogger<EdgeRateLimiter>.Instance);
        var edge = EdgeWith(limiter);
        var runs = 0;
        Task Function()
        {
            runs++;
            return Task.CompletedTask;
        }
        await edge.InvokeAsync(HttpContexts.Request(), "Limited", null, Function);
        var http = HttpContexts.Request();

        await edge.InvokeAsync(http, "Limited", null, Function);

        Assert.Equal(1, runs);
        Assert.Equal(429, http.Response.StatusCode);
        Assert.Equal("90", http.Response.Headers.RetryAfter.ToString());
        Assert.Equal("application/problem+json", http.Response.ContentType);
        var problem = HttpContexts.ResponseJson(http);
        Assert.Equal("https://portal.example/problems/rate-limited", problem.GetProperty("type").GetString());
        Assert.Equal(90, problem.GetProperty("retryAfter").GetInt32());
    }

    [Fact]
    public async Task TheFunctionsOperationNameIsRecordedForTheAuthenticators()
    {
        var http = HttpContexts.Request();
        string? seen = null;

        await Edge.InvokeAsync(http, "GetMe", null, () =>
        {
            seen = OperationName.Of(http);
            return Task.CompletedTask;
        });

        Assert.Equal("GetMe", seen);
    }

    [Fact]
    public async Task MalformedJsonIsExplainedInJapaneseWithTheLine()
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () => throw new MalformedJsonException("syntax", null, 2, 7));

        var problem = HttpContexts.ResponseJson(http);
        Assert.Equal("JSON の書き方に誤りがあります（3行目、8バイト目付近）。", problem.GetProperty("detail").GetString());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData(StatusCodes.Status404NotFound, "not-found")]
    [InlineData(StatusCodes.Status405MethodNotAllowed, "method-not-allowed")]
    [InlineData(StatusCodes.Status400BadRequest, "bad-request")]
    public async Task ABareErrorStatusGetsAProblemBodyOfItsGeneralType(int status, string slug)
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () =>
        {
            http.Response.StatusCode = status;
            return Task.CompletedTask;
        });

        Assert.Equal("application/problem+json", http.Response.ContentType);
        var problem = HttpContexts.ResponseJson(http);
        Assert.Equal($"https://portal.example/problems/{slug}", problem.GetProperty("type").GetString());
        Assert.Equal(http.Response.Headers[CorrelationId.HeaderName].ToString(), problem.GetProperty("correlationId").GetString());
    }

    private static HttpEdge EdgeWith(EdgeRateLimiter limiter) =>
        new(PortalServices.Problems, [new PortalEdgeHook(PortalServices.RouteValues, limiter)], NullLogger<HttpEdge>.Instance);
}
