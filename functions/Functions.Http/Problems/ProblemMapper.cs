using Functions.Http.Edge;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Functions.Http.Problems;

/// <summary>
/// Turns typed errors and bare error statuses into RFC 9457 problem details, by the mappings the app registered.
/// An error nobody mapped is a 500 (503 when it is a dependency being unavailable): a bug to fix, never a guess.
/// Every problem names the request path as its instance and carries the call's correlation id.
/// </summary>
public sealed class ProblemMapper(IOptions<ProblemMappings> mappings)
{
    public ProblemMappings Mappings => mappings.Value;

    public ProblemHttpResult FromException(Exception exception, HttpContext http)
    {
        var context = new ProblemContext(this, http);
        if (Mappings.For(exception) is { } map)
        {
            return map(exception, context);
        }
        var status = Mappings.IsUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        return Mappings.UnmappedMap is { } unmapped ? unmapped(exception, status, context) : FromStatus(status, http);
    }

    public ProblemHttpResult FromStatus(int status, HttpContext http) =>
        Mappings.StatusMap is { } map
            ? map(status, new ProblemContext(this, http))
            // Nothing registered: ASP.NET Core's own title and type for the status.
            : Build(status, null, null, http, null, []);

    public ProblemHttpResult Build(ProblemKind kind, HttpContext http, string? detail, params (string Key, object? Value)[] extensions) =>
        Build(kind.Status, kind.Title, kind.Type, http, detail, extensions);

    private static ProblemHttpResult Build(
        int status, string? title, Uri? type, HttpContext http, string? detail, (string Key, object? Value)[] extensions)
    {
        var problem = new ProblemDetails
        {
            Type = type?.ToString(),
            Status = status,
            Title = title,
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
