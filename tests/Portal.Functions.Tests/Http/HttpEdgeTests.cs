using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Errors;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http;
using Portal.Functions.Http.Problems;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Tests.Http;

public sealed class HttpEdgeTests
{
    private static readonly HttpEdge Edge = new(PortalServices.Problems,
        new EdgeRateLimiter(new RateLimitOptions { Policies = new Dictionary<string, RateLimitPolicy>() }, NullLogger<EdgeRateLimiter>.Instance),
        Microsoft.Extensions.Options.Options.Create(new Portal.Functions.Http.Identifiers.RouteValueFormats()), NullLogger<HttpEdge>.Instance);

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
        { new InvalidOperationException("bug"), 500, "internal-error" },
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
        var edge = new HttpEdge(PortalServices.Problems, limiter,
            Microsoft.Extensions.Options.Options.Create(new Portal.Functions.Http.Identifiers.RouteValueFormats()), NullLogger<HttpEdge>.Instance);
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
    public async Task AnInternalErrorRevealsNothingOfTheException()
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () => throw new InvalidOperationException("secret connection string"));

        var body = HttpContexts.ResponseJson(http).GetRawText();
        Assert.DoesNotContain("secret", body);
        Assert.DoesNotContain("InvalidOperationException", body);
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

    [Fact]
    public async Task ABareErrorStatusGetsAProblemBody()
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () =>
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

        Assert.Equal("application/problem+json", http.Response.ContentType);
        Assert.Equal("https://portal.example/problems/not-found", HttpContexts.ResponseJson(http).GetProperty("type").GetString());
    }

    [Fact]
    public async Task ASuccessfulResponseIsLeftAlone()
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () => Results.Ok(new { ok = true }).ExecuteAsync(http));

        Assert.Equal(200, http.Response.StatusCode);
        Assert.True(HttpContexts.ResponseJson(http).GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task ACallersSafeCorrelationIdIsEchoedInTheHeaderAndTheProblem()
    {
        var http = HttpContexts.Request();
        http.Request.Headers[CorrelationId.HeaderName] = "bot-7f3a9c21";

        await Edge.InvokeAsync(http, () => throw new DuplicateDocumentException("x"));

        Assert.Equal("bot-7f3a9c21", http.Response.Headers[CorrelationId.HeaderName].ToString());
        Assert.Equal("bot-7f3a9c21", HttpContexts.ResponseJson(http).GetProperty("correlationId").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("line\r\nbreak-injection")]
    public async Task AnUnsafeOrMissingCorrelationIdIsReplacedByAFreshOne(string incoming)
    {
        var http = HttpContexts.Request();
        http.Request.Headers[CorrelationId.HeaderName] = incoming;

        await Edge.InvokeAsync(http, () => Task.CompletedTask);

        var id = http.Response.Headers[CorrelationId.HeaderName].ToString();
        Assert.NotEqual(incoming, id);
        Assert.Matches("^[0-9a-f]{32}$", id);
    }
}
