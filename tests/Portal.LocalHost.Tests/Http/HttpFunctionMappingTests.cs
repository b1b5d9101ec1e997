using Portal.Testing.Hosting;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.LocalHost.Tests.TestFunctions;
using Portal.Testing;

namespace Portal.LocalHost.Tests.Http;

public sealed class HttpFunctionMappingTests : IAsyncLifetime
{
    private PortalFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = new PortalFactory(await LocalStack.GetAsync(), extraFunctions: typeof(EchoFunctions));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task HealthAnswers200WithEveryDependencyHealthy()
    {
        var response = await _client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", report.GetProperty("status").GetString());
        Assert.Equal(["cosmos", "storage"],
            report.GetProperty("dependencies").EnumerateArray().Select(d => d.GetProperty("name").GetString()).Order());
        Assert.All(report.GetProperty("dependencies").EnumerateArray(), d => Assert.False(d.TryGetProperty("reason", out _)));
    }

    [Fact]
    public async Task AFailingFunctionIsAnInternalErrorProblemAndItsLogLineCarriesTheCorrelationId()
    {
        var response = await _client.GetAsync("/api/fail");

        var problem = await AssertProblem(response, HttpStatusCode.InternalServerError, "internal-error");
        Assert.DoesNotContain("secret", problem.GetRawText());
        var correlationId = response.Headers.GetValues("X-Correlation-ID").Single();
        var logged = Assert.Single(_host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Equal(correlationId, logged.Scope["CorrelationId"]);
    }

    [Fact]
    public async Task TheOpenApiDocumentIsServed()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/api/openapi.json");

        Assert.Equal("3.1.0", document.GetProperty("openapi").GetString());
    }

    [Fact]
    public async Task RouteValuesAndTheBodyReachTheFunction()
    {
        var response = await _client.PostAsJsonAsync("/api/echo/42", new { message = "こんにちは" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("42:こんにちは", await response.Content.ReadFromJsonAsync<string>());
    }

    [Fact]
    public async Task ARouteConstraintThatDoesNotMatchIsANotFoundProblem()
    {
        var response = await _client.PostAsJsonAsync("/api/echo/not-a-number", new { message = "x" });

        await AssertProblem(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task AnUnmappedMethodIsAMethodNotAllowedProblem()
    {
        var response = await _client.DeleteAsync("/api/health");

        await AssertProblem(response, HttpStatusCode.MethodNotAllowed, "method-not-allowed");
    }

    [Fact]
    public async Task MalformedJsonIsA400ThatNamesTheProblem()
    {
        var response = await _client.PostAsync("/api/echo/1",
            new StringContent("{\"message\": \"unterminated", Encoding.UTF8, "application/json"));

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "malformed-json");
        Assert.Equal("syntax", problem.GetProperty("reason").GetString());
        Assert.Contains("1行目", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ABodyOverTheLimitIsA413()
    {
        var huge = new string('あ', 300 * 1024);

        var response = await _client.PostAsJsonAsync("/api/echo/1", new { message = huge });

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
    }

    [Fact]
    public async Task EveryResponseCarriesACorrelationIdAndKeepsTheCallersOwn()
    {
        var plain = await _client.GetAsync("/api/openapi.json");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/nowhere");
        request.Headers.Add("X-Correlation-ID", "line-webhook-0001");
        var own = await _client.SendAsync(request);

        Assert.Matches("^[0-9a-f]{32}$", plain.Headers.GetValues("X-Correlation-ID").Single());
        Assert.Equal("line-webhook-0001", own.Headers.GetValues("X-Correlation-ID").Single());
        var problem = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("line-webhook-0001", problem.GetProperty("correlationId").GetString());
    }

    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string slug)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"https://portal.example/problems/{slug}", problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
