using Functions.Http.Edge;
using Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Functions.Http.Tests.Edge;

public sealed class HttpEdgeTests
{
    private static readonly Uri ArgumentType = new("https://app.example/problems/argument");

    /// <summary>An app's registrations as the apps make them: a type with a subclass, an outage check, bare statuses.</summary>
    private static void Register(ProblemMappings problems) => problems
        .Map<ArgumentException>((e, p) => p.Problem(new(400, "引数が正しくありません", ArgumentType), "引数を確認してください。",
            ("parameter", e.ParamName)))
        .Map<KeyNotFoundException>((_, p) =>
        {
            p.Http.Response.Headers.RetryAfter = "7";
            return p.Problem(new(404, "見つかりません"), null);
        })
        .Unavailable(e => e is TimeoutException)
        .MapStatus((status, p) => p.Problem(new(status, $"状態 {status}"), null));

    private static readonly HttpEdge Edge = EdgeWith(Register);

    public static TheoryData<Exception, int, string> Failures => new()
    {
        { new ArgumentException("bad", "pageSize"), 400, "引数が正しくありません" },
        // No mapping of its own: its nearest mapped base type's.
        { new ArgumentOutOfRangeException("pageSize"), 400, "引数が正しくありません" },
        { new KeyNotFoundException("x"), 404, "見つかりません" },
        // Nobody mapped these: an outage the app's check recognises is 503, anything else a 500, by the bare status
        // mapping. What counts as an outage is the app's to say: this check does not look inside an AggregateException.
        { new TimeoutException("cosmos"), 503, "状態 503" },
        { new AggregateException(new TimeoutException("cosmos")), 500, "状態 500" },
        { new InvalidOperationException("bug"), 500, "状態 500" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task EveryFailureIsAnsweredAsProblemJsonByTheAppsMappings(Exception failure, int status, string title)
    {
        var http = HttpContexts.Request(path: "/api/things/7");

        await Edge.InvokeAsync(http, () => throw failure);

        Assert.Equal(status, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        var problem = HttpContexts.ResponseJson(http);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal("/api/things/7", problem.GetProperty("instance").GetString());
        Assert.Equal(http.Response.Headers[CorrelationId.HeaderName].ToString(), problem.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task AMappingsTypeDetailAndExtensionsAreWrittenAndNullExtensionsLeftOut()
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () => throw new ArgumentException("bad", "pageSize"));
        var withName = HttpContexts.ResponseJson(http);
        var without = HttpContexts.Request();
        await Edge.InvokeAsync(without, () => throw new ArgumentException("bad"));

        Assert.Equal(ArgumentType.ToString(), withName.GetProperty("type").GetString());
        Assert.Equal("引数を確認してください。", withName.GetProperty("detail").GetString());
        Assert.Equal("pageSize", withName.GetProperty("parameter").GetString());
        Assert.False(HttpContexts.ResponseJson(without).TryGetProperty("parameter", out _));
    }

    [Fact]
    public async Task WithoutATypeUriTheStatusesRfcSectionIsTheType()
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () => throw new KeyNotFoundException("x"));

        Assert.StartsWith("https://tools.ietf.org/html/rfc9110#", HttpContexts.ResponseJson(http).GetProperty("type").GetString());
    }

    [Fact]
    public async Task WhatTheFunctionWroteBeforeFailingIsDroppedButTheMappingsHeadersAndTheCorrelationIdStay()
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () =>
        {
            http.Response.Headers.ETag = "\"stale\"";
            throw new KeyNotFoundException("x");
        });

        Assert.False(http.Response.Headers.ContainsKey("ETag"));
        Assert.Equal("7", http.Response.Headers.RetryAfter.ToString());
        Assert.Matches("^[0-9a-f]{32}$", http.Response.Headers[CorrelationId.HeaderName].ToString());
    }

    [Fact]
    public async Task AnErrorNobodyMappedIsAnsweredByTheUnmappedMappingWithItsStatusWhenThereIsOne()
    {
        var edge = EdgeWith(problems => Register(problems.MapUnmapped((e, status, p) => p.Problem(new(status, $"想定外 {status}"), null))));
        var bug = HttpContexts.Request();
        var outage = HttpContexts.Request();
        var bare = HttpContexts.Request();

        await edge.InvokeAsync(bug, () => throw new InvalidOperationException("bug"));
        await edge.InvokeAsync(outage, () => throw new TimeoutException("cosmos"));
        await edge.InvokeAsync(bare, () =>
        {
            bare.Response.StatusCode = 500;
            return Task.CompletedTask;
        });

        Assert.Equal("想定外 500", HttpContexts.ResponseJson(bug).GetProperty("title").GetString());
        Assert.Equal("想定外 503", HttpContexts.ResponseJson(outage).GetProperty("title").GetString());
        Assert.Equal("状態 500", HttpContexts.ResponseJson(bare).GetProperty("title").GetString());
    }

    [Fact]
    public async Task WithNothingRegisteredAFailureIsStillAProblem()
    {
        var edge = EdgeWith(_ => { });
        var http = HttpContexts.Request();

        await edge.InvokeAsync(http, () => throw new InvalidOperationException("bug"));

        Assert.Equal(500, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        Assert.False(string.IsNullOrWhiteSpace(HttpContexts.ResponseJson(http).GetProperty("title").GetString()));
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
    public async Task ABareErrorStatusGetsAProblemBody()
    {
        var http = HttpContexts.Request();

        await Edge.InvokeAsync(http, () =>
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

        Assert.Equal("application/problem+json", http.Response.ContentType);
        Assert.Equal("状態 404", HttpContexts.ResponseJson(http).GetProperty("title").GetString());
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
    public async Task HooksRunBeforeTheFunctionWithItsNameAndRouteValues()
    {
        var hook = new RecordingHook();
        var edge = new HttpEdge(new ProblemMapper(Options.Create(Mappings(Register))), [hook], NullLogger<HttpEdge>.Instance);
        var routeValues = new Dictionary<string, object?> { ["id"] = "7" };
        var ranAfterHook = false;

        await edge.InvokeAsync(HttpContexts.Request(), "GetThing", routeValues, () =>
        {
            ranAfterHook = hook.Calls.Count == 1;
            return Task.CompletedTask;
        });

        Assert.True(ranAfterHook);
        var (function, values, correlationId) = Assert.Single(hook.Calls);
        Assert.Equal("GetThing", function);
        Assert.Same(routeValues, values);
        Assert.NotNull(correlationId);
    }

    [Fact]
    public async Task AHookThatRefusesTheCallIsAnsweredByTheMappingsAndTheFunctionDoesNotRun()
    {
        var hook = new RecordingHook { Refusal = new ArgumentException("limited", "card") };
        var edge = new HttpEdge(new ProblemMapper(Options.Create(Mappings(Register))), [hook], NullLogger<HttpEdge>.Instance);
        var http = HttpContexts.Request();
        var runs = 0;

        await edge.InvokeAsync(http, "GetThing", null, () =>
        {
            runs++;
            return Task.CompletedTask;
        });

        Assert.Equal(0, runs);
        Assert.Equal(400, http.Response.StatusCode);
        Assert.Equal("card", HttpContexts.ResponseJson(http).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task ACallersSafeCorrelationIdIsEchoedInTheHeaderAndTheProblem()
    {
        var http = HttpContexts.Request();
        http.Request.Headers[CorrelationId.HeaderName] = "bot-7f3a9c21";

        await Edge.InvokeAsync(http, () => throw new KeyNotFoundException("x"));

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
        Assert.Equal(id, CorrelationId.Of(http));
    }

    private static HttpEdge EdgeWith(Action<ProblemMappings> register) =>
        new(new ProblemMapper(Options.Create(Mappings(register))), [], NullLogger<HttpEdge>.Instance);

    private static ProblemMappings Mappings(Action<ProblemMappings> register)
    {
        var mappings = new ProblemMappings();
        register(mappings);
        return mappings;
    }
}
