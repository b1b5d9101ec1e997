using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Portal.Functions.OpenApi;

/// <summary>Serves the OpenAPI 3.1 description of this API, kept in the repository next to this file.</summary>
public sealed class OpenApiFunctions
{
    [Function("GetOpenApiDocument")]
    public IResult GetOpenApiDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        TypedResults.Bytes(OpenApiDocument.Utf8, "application/json");
}
