using Functions.Http.Bodies;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Portal.LocalHost.Tests.TestFunctions;

/// <summary>An HTTP function with a route constraint and a JSON body, to exercise the local host's binding.</summary>
public sealed class EchoFunctions(JsonBodyReader body)
{
    public sealed record EchoRequest(string Message);

    [Function("Echo")]
    public async Task<IResult> Echo(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "echo/{id:int}")] HttpRequest request, int id,
        CancellationToken cancellationToken)
    {
        var echo = await body.ReadAsync<EchoRequest>(request, cancellationToken);
        return TypedResults.Ok($"{id}:{echo.Message}");
    }

    [Function("Fail")]
    public IResult Fail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "fail")] HttpRequest request) =>
        throw new InvalidOperationException("a bug with a secret in its message");
}
