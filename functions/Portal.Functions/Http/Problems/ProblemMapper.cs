using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Domain.Storage;

namespace Portal.Functions.Http.Problems;

/// <summary>
/// Turns typed errors and bare error statuses into RFC 9457 problem details, by the mappings the features registered.
/// An error nobody mapped is a 500 (503 when it is storage being unavailable): a bug to fix, never a guess.
/// </summary>
public sealed class ProblemMapper(IOptions<ProblemMappings> mappings)
{
    public ProblemMappings Mappings => mappings.Value;

    public ProblemHttpResult FromException(Exception exception, HttpContext http) =>
        Mappings.For(exception) is { } map
            ? map(exception, new ProblemContext(this, http))
            : Build(StorageFailures.IsUnavailable(exception) ? ProblemTypes.ServiceUnavailable : ProblemTypes.InternalError, http, null);

    public ProblemHttpResult FromStatus(int status, HttpContext http) => Build(ProblemTypes.ForStatus(status), http, null);

    public ProblemHttpResult Build(
        ProblemType type, HttpContext http, string? detail, params (string Key, object? Value)[] extensions)
    {
        var problem = new ProblemDetails
        {
            Type = type.Uri.ToString(),
            Status = type.Status,
            Title = type.Title,
            Detail = detail,
            Instance = http.Request.Path,
        };
        foreach (var (key, value) in extensions.Where(e => e.Value is not null))
        {
            problem.Extensions[key] = value;
        }
        if (CorrelationId.Of(http) is { } correlationId)
        {
            problem.Extensions["correlationId"] = correlationId;
        }
        return TypedResults.Problem(problem);
    }
}
