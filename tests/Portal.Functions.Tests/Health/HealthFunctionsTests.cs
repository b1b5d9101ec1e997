using Functions.Http.Tests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Health;
using Portal.Functions.Health;

namespace Portal.Functions.Tests.Health;

public sealed class HealthFunctionsTests
{
    private sealed class Check(string name, bool up) : IDependencyCheck
    {
        public string Name => name;

        public Task CheckAsync(CancellationToken cancellationToken) =>
            up ? Task.CompletedTask : Task.FromException(new HttpRequestException("refused"));
    }

    [Theory]
    [InlineData(true, true, 200, "healthy")]
    [InlineData(false, true, 503, "unhealthy")]
    [InlineData(true, false, 503, "unhealthy")]
    public async Task HealthAnswers503WhenAnyDependencyIsDown(bool cosmosUp, bool storageUp, int status, string overall)
    {
        var service = new HealthService([new Check("cosmos", cosmosUp), new Check("storage", storageUp)],
            Options.Create(new HealthOptions()), NullLogger<HealthService>.Instance);
        var http = HttpContexts.Request(path: "/api/health");

        var result = await new HealthFunctions(service).GetHealth(http.Request, CancellationToken.None);
        await result.ExecuteAsync(http);

        Assert.Equal(status, http.Response.StatusCode);
        var body = HttpContexts.ResponseJson(http);
        Assert.Equal(overall, body.GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("dependencies").GetArrayLength());
    }
}
